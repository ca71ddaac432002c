// vuln VG4001
using Dapper; using System.Data.SqlClient;
namespace Cases;
public static class C34Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c34", (string name) =>
    {
        var conn = new SqlConnection("Server=db");
        
        var rows = conn.Query<Product>("SELECT * FROM Products WHERE Name = '" + name + "'").ToList();
        return Results.Ok();
    });
}
