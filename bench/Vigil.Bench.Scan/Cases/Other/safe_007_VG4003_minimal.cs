// safe VG4003
using System.Diagnostics;
using System.Xml;
using System.DirectoryServices;
using Newtonsoft.Json;
namespace Cases;
public static class O7Endpoints
{
    public static void Map(WebApplication app) => app.MapPost("/api/o7", (string input) =>
    {
        var text = File.ReadAllText(Path.Combine("/srv/docs", Path.GetFileName(input)));
        return Results.Ok();
    });
}
