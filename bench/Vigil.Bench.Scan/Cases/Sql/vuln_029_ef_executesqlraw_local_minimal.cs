// vuln VG4001
using Microsoft.EntityFrameworkCore;
namespace Cases;
public static class C29Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c29", (string name) =>
    {
        var conn = new ShopDb();
        var filter = "Name = '" + name.Trim() + "'"; var query = "SELECT * FROM Products WHERE " + filter;
        conn.Database.ExecuteSqlRaw(query);
        return Results.Ok();
    });
}
