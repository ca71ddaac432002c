namespace Vigil.Scan.Tests.Taint;

public sealed class OpenRedirectAnalyzerTests
{
    [Theory]
    [InlineData("""return Results.Redirect(input);""")]
    [InlineData("""context.Response.Redirect(context.Request.Query["returnUrl"]!);""")]
    public void Detect(string body) => SinkCase.Detects("VG4005", body);

    [Theory]
    [InlineData("""return Results.LocalRedirect(input);""")]
    [InlineData("""context.Response.Redirect("/home"); _ = input;""")]
    public void Safe(string body) => SinkCase.Passes("VG4005", body);

    [Fact]
    public void Safe_when_checked_with_is_local_url()
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
