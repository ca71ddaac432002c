// vuln VG4007
using System.Diagnostics;
using System.Xml;
using System.DirectoryServices;
using Newtonsoft.Json;
namespace Cases;
public static class O17Endpoints
{
    public static void Map(WebApplication app) => app.MapPost("/api/o17", (string input) =>
    {
        var n = new XmlDocument().SelectSingleNode("//user[name='" + input + "']");
        return Results.Ok();
    });
}
