// safe VG4007
using System.Diagnostics;
using System.Xml;
using System.DirectoryServices;
using Newtonsoft.Json;
namespace Cases;
public static class O19Endpoints
{
    public static void Map(WebApplication app) => app.MapPost("/api/o19", (string input) =>
    {
        var n = new XmlDocument().SelectSingleNode("//user[@active='true']"); _ = input;
        return Results.Ok();
    });
}
