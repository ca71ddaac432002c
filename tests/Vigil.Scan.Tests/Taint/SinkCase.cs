using Vigil.Core.Findings;

namespace Vigil.Scan.Tests.Taint;

/// <summary>A minimal-API handler with one statement swapped in; request data arrives as <c>input</c> and through <c>context.Request</c>.</summary>
internal static class SinkCase
{
    private const string Program = """
        using System.Diagnostics;
        using System.Xml;
        using System.DirectoryServices;
        var app = WebApplication.CreateBuilder(args).Build();
        app.MapPost("/run", async (string input, HttpClient http, XmlDocument doc, HttpContext context) =>
        {
            BODY
            return Results.Ok();
        });
        app.Run();
        """;

    public static IReadOnlyList<Finding> Scan(string body) => ScanOf.Sources(Program.Replace("BODY", body, StringComparison.Ordinal)).Findings;

    public static void Detects(string ruleId, string body)
    {
        var finding = Assert.Single(Scan(body), f => f.RuleId == ruleId);
        Assert.Equal("POST /run", finding.Endpoint);
        Assert.Equal(7, finding.Source!.Line);
    }

    public static void Passes(string ruleId, string body) => Assert.DoesNotContain(Scan(body), f => f.RuleId == ruleId);
}
