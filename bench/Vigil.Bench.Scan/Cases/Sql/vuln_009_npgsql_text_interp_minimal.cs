// vuln VG4001
using Npgsql;
namespace Cases;
public static class C9Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c9", (string name) =>
    {
        var conn = new NpgsqlConnection("Host=db");
        
        using var cmd = new NpgsqlCommand(); cmd.Connection = conn; cmd.CommandText = $"SELECT * FROM Products WHERE Name = '{name}'"; cmd.ExecuteNonQuery();
        return Results.Ok();
    });
}
