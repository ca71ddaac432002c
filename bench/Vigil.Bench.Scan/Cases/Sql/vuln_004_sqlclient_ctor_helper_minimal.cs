// vuln VG4001
using System.Data.SqlClient;
namespace Cases;
public static class C4Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c4", (string name) =>
    {
        var conn = new SqlConnection("Server=db");
        
        using var cmd = new SqlCommand(Sql.ByName(name), conn); cmd.ExecuteReader();
        return Results.Ok();
    });
}
