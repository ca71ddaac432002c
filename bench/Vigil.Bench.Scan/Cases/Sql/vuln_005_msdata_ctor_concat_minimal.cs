// vuln VG4001
using Microsoft.Data.SqlClient;
namespace Cases;
public static class C5Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c5", (string name) =>
    {
        var conn = new SqlConnection("Server=db");
        
        using var cmd = new SqlCommand("SELECT * FROM Products WHERE Name = '" + name + "'", conn); cmd.ExecuteNonQuery();
        return Results.Ok();
    });
}
