// vuln VG4001
using System.Data.SqlClient;
namespace Cases;
public static class C2Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c2", (string name) =>
    {
        var conn = new SqlConnection("Server=db");
        
        using var cmd = new SqlCommand($"SELECT * FROM Products WHERE Name = '{name}'", conn); cmd.ExecuteReader();
        return Results.Ok();
    });
}
