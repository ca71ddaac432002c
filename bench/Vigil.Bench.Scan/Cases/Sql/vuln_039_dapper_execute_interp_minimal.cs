// vuln VG4001
using Dapper; using System.Data.SqlClient;
namespace Cases;
public static class C39Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c39", (string name) =>
    {
        var conn = new SqlConnection("Server=db");
        
        conn.Execute($"SELECT * FROM Products WHERE Name = '{name}'");
        return Results.Ok();
    });
}
