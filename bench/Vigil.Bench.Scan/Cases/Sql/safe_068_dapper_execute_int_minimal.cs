// safe VG4001
using Dapper; using System.Data.SqlClient;
namespace Cases;
public static class C68Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c68", (string name) =>
    {
        var conn = new SqlConnection("Server=db");
        var id = int.Parse(name);
        conn.Execute("SELECT * FROM Products WHERE Id = " + id);
        return Results.Ok();
    });
}
