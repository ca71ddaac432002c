// vuln VG4003
using System.Diagnostics;
using System.Xml;
using System.DirectoryServices;
using Newtonsoft.Json;
namespace Cases;
public static class O5Endpoints
{
    public static void Map(WebApplication app) => app.MapPost("/api/o5", (string input) =>
    {
        var text = File.ReadAllText(Path.Combine("/srv/docs", input));
        return Results.Ok();
    });
}
