// safe VG4008
using System.Diagnostics;
using System.Xml;
using System.DirectoryServices;
using Newtonsoft.Json;
namespace Cases;
public static class O23Endpoints
{
    public static void Map(WebApplication app) => app.MapPost("/api/o23", (string input) =>
    {
        var o = Activator.CreateInstance(typeof(string)); _ = input;
        return Results.Ok();
    });
}
