// safe VG4004
using System.Diagnostics;
using System.Xml;
using System.DirectoryServices;
using Newtonsoft.Json;
namespace Cases;
public static class O11Endpoints
{
    public static void Map(WebApplication app) => app.MapPost("/api/o11", (string input) =>
    {
        var body = new HttpClient().GetStringAsync("https://api.example.com/items/" + input.Length).Result;
        return Results.Ok();
    });
}
