// safe VG4001
using Microsoft.EntityFrameworkCore;
namespace Cases;
public static class C62Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c62", (string name) =>
    {
        var conn = new ShopDb();
        var id = int.Parse(name);
        conn.Database.ExecuteSqlRaw("SELECT * FROM Products WHERE Id = " + id);
        return Results.Ok();
    });
}
