// vuln VG4001
using Microsoft.EntityFrameworkCore;
namespace Cases;
public static class C27Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c27", (string name) =>
    {
        var conn = new ShopDb();
        
        conn.Database.ExecuteSqlRaw("SELECT * FROM Products WHERE Name = '" + name + "'");
        return Results.Ok();
    });
}
