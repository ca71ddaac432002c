// vuln VG4001
using System.Data.Common;
namespace Cases;
public static class C19Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c19", (string name) =>
    {
        var conn = System.Data.Common.DbProviderFactories.GetFactory("x").CreateConnection()!;
        
        using DbCommand cmd = conn.CreateCommand(); cmd.CommandText = "SELECT * FROM Products WHERE Name = '" + name + "'"; cmd.ExecuteReader();
        return Results.Ok();
    });
}
