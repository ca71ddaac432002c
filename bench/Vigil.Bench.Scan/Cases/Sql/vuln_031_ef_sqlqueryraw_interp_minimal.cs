// vuln VG4001
using Microsoft.EntityFrameworkCore;
namespace Cases;
public static class C31Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c31", (string name) =>
    {
        var conn = new ShopDb();
        
        var names = conn.Database.SqlQueryRaw<string>($"SELECT * FROM Products WHERE Name = '{name}'").ToList();
        return Results.Ok();
    });
}
