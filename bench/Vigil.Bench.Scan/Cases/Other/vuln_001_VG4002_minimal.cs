// vuln VG4002
using System.Diagnostics;
using System.Xml;
using System.DirectoryServices;
using Newtonsoft.Json;
namespace Cases;
public static class O1Endpoints
{
    public static void Map(WebApplication app) => app.MapPost("/api/o1", (string input) =>
    {
        Process.Start("convert", "-resize " + input);
        return Results.Ok();
    });
}
