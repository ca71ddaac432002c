// safe VG4006
using System.Diagnostics;
using System.Xml;
using System.DirectoryServices;
using Newtonsoft.Json;
namespace Cases;
public static class O15Endpoints
{
    public static void Map(WebApplication app) => app.MapPost("/api/o15", (string input) =>
    {
        var s = new DirectorySearcher("(objectClass=user)"); _ = input;
        return Results.Ok();
    });
}
