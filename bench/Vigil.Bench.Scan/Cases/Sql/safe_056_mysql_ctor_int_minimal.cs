// safe VG4001
using MySql.Data.MySqlClient;
namespace Cases;
public static class C56Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c56", (string name) =>
    {
        var conn = new MySqlConnection("Server=db");
        var id = int.Parse(name);
        using var cmd = new MySqlCommand("SELECT * FROM Products WHERE Id = " + id, conn); cmd.ExecuteScalar();
        return Results.Ok();
    });
}
