// vuln VG4001
using Microsoft.Data.Sqlite;
namespace Cases;
public static class C14Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c14", (string name) =>
    {
        var conn = new SqliteConnection("Data Source=app.db");
        
        using var cmd = conn.CreateCommand(); cmd.CommandText = string.Format("DELETE FROM Products WHERE Name = '{0}'", name); cmd.ExecuteReader();
        return Results.Ok();
    });
}
