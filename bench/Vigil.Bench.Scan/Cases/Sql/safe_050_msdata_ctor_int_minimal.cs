// safe VG4001
using Microsoft.Data.SqlClient;
namespace Cases;
public static class C50Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c50", (string name) =>
    {
        var conn = new SqlConnection("Server=db");
        var id = int.Parse(name);
        using var cmd = new SqlCommand("SELECT * FROM Products WHERE Id = " + id, conn); cmd.ExecuteNonQuery();
        return Results.Ok();
    });
}
