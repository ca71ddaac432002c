// vuln VG4001
using Microsoft.EntityFrameworkCore;
namespace Cases;
public static class C32Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c32", (string name) =>
    {
        var conn = new ShopDb();
        var sb = new System.Text.StringBuilder("SELECT * FROM Products WHERE "); sb.Append("Name LIKE '%").Append(name).Append("%'");
        var names = conn.Database.SqlQueryRaw<string>(sb.ToString()).ToList();
        return Results.Ok();
    });
}
