// vuln VG4008
using System.Diagnostics;
using System.Xml;
using System.DirectoryServices;
using Newtonsoft.Json;
namespace Cases;
public static class O21Endpoints
{
    public static void Map(WebApplication app) => app.MapPost("/api/o21", (string input) =>
    {
        var o = Activator.CreateInstance(Type.GetType(input)!);
        return Results.Ok();
    });
}
