// vuln VG4001
using Npgsql;
namespace Cases;
public static class C10Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c10", (string name) =>
    {
        var conn = new NpgsqlConnection("Host=db");
        var sb = new System.Text.StringBuilder("SELECT * FROM Products WHERE "); sb.Append("Name LIKE '%").Append(name).Append("%'");
        using var cmd = new NpgsqlCommand(); cmd.Connection = conn; cmd.CommandText = sb.ToString(); cmd.ExecuteNonQuery();
        return Results.Ok();
    });
}
