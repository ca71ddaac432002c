// safe VG4002
using System.Diagnostics;
using System.Xml;
using System.DirectoryServices;
using Newtonsoft.Json;
namespace Cases;
public static class O3Endpoints
{
    public static void Map(WebApplication app) => app.MapPost("/api/o3", (string input) =>
    {
        Process.Start("convert", "-resize 50%"); _ = input;
        return Results.Ok();
    });
}
