// vuln VG4004
using System.Diagnostics;
using System.Xml;
using System.DirectoryServices;
using Newtonsoft.Json;
namespace Cases;
public static class O9Endpoints
{
    public static void Map(WebApplication app) => app.MapPost("/api/o9", (string input) =>
    {
        var body = new HttpClient().GetStringAsync(input).Result;
        return Results.Ok();
    });
}
