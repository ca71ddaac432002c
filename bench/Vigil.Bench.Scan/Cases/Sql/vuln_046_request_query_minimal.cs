// vuln VG4001
using System.Data.SqlClient;
namespace Cases;
public static class C46Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c46", (HttpContext ctx) =>
    {
        var conn = new SqlConnection("Server=db");
        
        using var cmd = new SqlCommand("SELECT * FROM Products WHERE Name = '" + ctx.Request.Query["q"] + "'", conn);
        return Results.Ok();
    });
}
