// safe VG4001
using Npgsql;
namespace Cases;
public static class C53Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c53", (string name) =>
    {
        var conn = new NpgsqlConnection("Host=db");
        _ = name;
        using var cmd = new NpgsqlCommand(); cmd.Connection = conn; cmd.CommandText = "SELECT * FROM Products WHERE Name = @name"; cmd.ExecuteNonQuery(); cmd.Parameters.AddWithValue("@name", name);
        return Results.Ok();
    });
}
