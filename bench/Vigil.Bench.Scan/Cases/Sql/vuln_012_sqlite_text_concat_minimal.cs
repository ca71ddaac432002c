// vuln VG4001
using Microsoft.Data.Sqlite;
namespace Cases;
public static class C12Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c12", (string name) =>
    {
        var conn = new SqliteConnection("Data Source=app.db");
        
        using var cmd = conn.CreateCommand(); cmd.CommandText = "SELECT * FROM Products WHERE Name = '" + name + "'"; cmd.ExecuteReader();
        return Results.Ok();
    });
}
