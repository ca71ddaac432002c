// vuln VG4001
using Dapper; using Npgsql;
namespace Cases;
public static class C41Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c41", (string name) =>
    {
        var conn = new NpgsqlConnection("Host=db");
        
        var row = conn.QueryFirstOrDefaultAsync<Product>("SELECT * FROM Products WHERE Name = '" + name + "'").Result;
        return Results.Ok();
    });
}
