// safe VG4001
using Microsoft.EntityFrameworkCore;
namespace Cases;
public static class C65Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c65", (string name) =>
    {
        var conn = new ShopDb();
        _ = name;
        var names = conn.Database.SqlQueryRaw<string>("SELECT * FROM Products WHERE Name = {0}", name).ToList();
        return Results.Ok();
    });
}
