// safe VG4001
using Dapper; using Npgsql;
namespace Cases;
public static class C71Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c71", (string name) =>
    {
        var conn = new NpgsqlConnection("Host=db");
        _ = name;
        var row = conn.QueryFirstOrDefaultAsync<Product>("SELECT * FROM Products WHERE Name = @name", new { name }).Result;
        return Results.Ok();
    });
}
