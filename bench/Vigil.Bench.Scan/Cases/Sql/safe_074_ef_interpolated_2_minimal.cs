// safe VG4001
using Microsoft.EntityFrameworkCore;
namespace Cases;
public static class C74Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c74", (string name) =>
    {
        var conn = new ShopDb();
        
        conn.Database.ExecuteSqlInterpolated($"DELETE FROM Products WHERE Name = {name}");
        return Results.Ok();
    });
}
