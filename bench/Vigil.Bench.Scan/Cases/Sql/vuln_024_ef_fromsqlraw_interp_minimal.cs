// vuln VG4001
using Microsoft.EntityFrameworkCore;
namespace Cases;
public static class C24Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c24", (string name) =>
    {
        var conn = new ShopDb();
        
        var rows = conn.Products.FromSqlRaw($"SELECT * FROM Products WHERE Name = '{name}'").ToList();
        return Results.Ok();
    });
}
