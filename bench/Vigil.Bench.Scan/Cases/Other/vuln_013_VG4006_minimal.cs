// vuln VG4006
using System.Diagnostics;
using System.Xml;
using System.DirectoryServices;
using Newtonsoft.Json;
namespace Cases;
public static class O13Endpoints
{
    public static void Map(WebApplication app) => app.MapPost("/api/o13", (string input) =>
    {
        var s = new DirectorySearcher("(uid=" + input + ")");
        return Results.Ok();
    });
}
