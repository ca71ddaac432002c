// vuln VG4001
using System.Data.Common;
namespace Cases;
public static class C22Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c22", (string name) =>
    {
        var conn = System.Data.Common.DbProviderFactories.GetFactory("x").CreateConnection()!;
        var sort = name ?? "Id";
        using DbCommand cmd = conn.CreateCommand(); cmd.CommandText = "SELECT * FROM Products ORDER BY " + sort; cmd.ExecuteReader();
        return Results.Ok();
    });
}
