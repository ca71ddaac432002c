// vuln VG4001
using Microsoft.Data.SqlClient;
namespace Cases;
public static class C7Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c7", (string name) =>
    {
        var conn = new SqlConnection("Server=db");
        var filter = "Name = '" + name.Trim() + "'"; var query = "SELECT * FROM Products WHERE " + filter;
        using var cmd = new SqlCommand(query, conn); cmd.ExecuteNonQuery();
        return Results.Ok();
    });
}
