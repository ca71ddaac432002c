// vuln VG4001
using Dapper; using Npgsql;
namespace Cases;
public static class C44Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c44", (string name) =>
    {
        var conn = new NpgsqlConnection("Host=db");
        var sort = name ?? "Id";
        var row = conn.QueryFirstOrDefaultAsync<Product>("SELECT * FROM Products ORDER BY " + sort).Result;
        return Results.Ok();
    });
}
