// safe VG4001
using System.Data.Common;
namespace Cases;
public static class C59Endpoints
{
    public static void Map(WebApplication app) => app.MapGet("/api/c59", (string name) =>
    {
        var conn = System.Data.Common.DbProviderFactories.GetFactory("x").CreateConnection()!;
        _ = name;
        using DbCommand cmd = conn.CreateCommand(); cmd.CommandText = "SELECT * FROM Products WHERE Name = @name"; cmd.ExecuteReader(); var p = cmd.CreateParameter(); p.ParameterName = "@name"; p.Value = name; cmd.Parameters.Add(p);
        return Results.Ok();
    });
}
