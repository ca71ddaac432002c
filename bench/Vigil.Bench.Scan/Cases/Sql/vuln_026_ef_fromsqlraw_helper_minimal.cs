// vuln VG4001
using Microsoft.EntityFrameworkCore;
namespace Cases;
public static class C26Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c26", (string name) =>
    {
        var conn = new ShopDb();
        
        var rows = conn.Products.FromSqlRaw(Sql.ByName(name)).ToList();
        return Results.Ok();
    });
}
