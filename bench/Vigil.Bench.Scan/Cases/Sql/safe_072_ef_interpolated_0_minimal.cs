// safe VG4001
using Microsoft.EntityFrameworkCore;
namespace Cases;
public static class C72Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c72", (string name) =>
    {
        var conn = new ShopDb();
        
        var rows = conn.Products.FromSql($"SELECT * FROM Products WHERE Name = {name}").ToList();
        return Results.Ok();
    });
}
