// vuln VG4001
using MySql.Data.MySqlClient;
namespace Cases;
public static class C17Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c17", (string name) =>
    {
        var conn = new MySqlConnection("Server=db");
        
        using var cmd = new MySqlCommand($"SELECT * FROM Products WHERE Name = '{name}'", conn); cmd.ExecuteScalar();
        return Results.Ok();
    });
}
