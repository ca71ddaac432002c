namespace Vigil.Scan.Tests.Taint;

/// <summary>Detect and Safe cases for VG4002–VG4008, each in a minimal-API handler.</summary>
public sealed class OtherSinkTests
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

    public static TheoryData<string, string, string> Cases => new()
    {
        { "VG4002", """Process.Start("convert", "-resize " + input);""", """Process.Start("convert", new[] { "-resize", "50%" }); _ = input;""" },
        { "VG4002", """var psi = new ProcessStartInfo { FileName = "sh" }; psi.Arguments = "-c " + input;""", """var psi = new ProcessStartInfo { FileName = "sh" }; psi.ArgumentList.Add(input);""" },
        { "VG4003", """var text = File.ReadAllText(Path.Combine("/srv/docs", input));""", """var text = File.ReadAllText(Path.Combine("/srv/docs", Path.GetFileName(input)));""" },
        { "VG4003", """using var s = new FileStream("/tmp/" + input, FileMode.Open);""", """using var s = new FileStream("/tmp/fixed.txt", FileMode.Open); _ = input;""" },
        { "VG4004", """var body = await http.GetStringAsync(input);""", """var body = await http.GetStringAsync("https://api.example.com/items/" + Uri.EscapeDataString(input.Length.ToString()));""" },
        { "VG4004", """var req = new HttpRequestMessage(HttpMethod.Get, new Uri(input)); await http.SendAsync(req);""", """var req = new HttpRequestMessage(HttpMethod.Get, "https://fixed.example"); _ = input;""" },
        { "VG4005", """return Results.Redirect(input);""", """return Results.LocalRedirect(input);""" },
        { "VG4005", """context.Response.Redirect(context.Request.Query["returnUrl"]!);""", """context.Response.Redirect("/home"); _ = input;""" },
        { "VG4006", """var searcher = new DirectorySearcher("(uid=" + input + ")");""", """var searcher = new DirectorySearcher("(objectClass=user)"); _ = input;""" },
        { "VG4007", """var node = doc.SelectSingleNode("//user[name='" + input + "']");""", """var node = doc.SelectSingleNode("//user[@active='true']"); _ = input;""" },
        { "VG4008", """var type = Type.GetType(input); var obj = Activator.CreateInstance(type!);""", """var type = Type.GetType("System.String"); _ = input;""" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Detect(string ruleId, string vulnerable, string safe)
    {
        _ = safe;
        var findings = ScanOf.Sources(Program.Replace("BODY", vulnerable, StringComparison.Ordinal)).Findings;

        var finding = Assert.Single(findings, f => f.RuleId == ruleId);
        Assert.Equal("POST /run", finding.Endpoint);
        Assert.Equal(7, finding.Source!.Line);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Safe(string ruleId, string vulnerable, string safe)
    {
        _ = vulnerable;
        var findings = ScanOf.Sources(Program.Replace("BODY", safe, StringComparison.Ordinal)).Findings;

        Assert.DoesNotContain(findings, f => f.RuleId == ruleId);
    }

    [Fact]
    public void Redirect_checked_with_is_local_url_is_safe()
    {
        var findings = ScanOf.Sources("""
            using Microsoft.AspNetCore.Mvc;
            public class AccountController : Controller
            {
                [HttpGet("/login")]
                public IActionResult Login(string returnUrl)
                {
                    if (!Url.IsLocalUrl(returnUrl)) return BadRequest();
                    return Redirect(returnUrl);
                }
            }
            """).Findings;

        Assert.DoesNotContain(findings, f => f.RuleId == "VG4005");
    }
}
