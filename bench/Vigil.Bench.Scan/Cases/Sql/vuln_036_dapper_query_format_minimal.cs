// vuln VG4001
using Dapper; using System.Data.SqlClient;
namespace Cases;
public static class C36Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c36", (string name) =>
    {
        var conn = new SqlConnection("Server=db");
        
        var rows = conn.Query<Product>(string.Format("DELETE FROM Products WHERE Name = '{0}'", name)).ToList();
        return Results.Ok();
    });
}
