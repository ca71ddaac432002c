namespace Vigil.Scan.Tests.Analyzers;

public sealed class HttpsEnforcementAnalyzerTests
{
    [Fact]
    public void Detect_a_web_app_without_https_redirection_or_hsts()
    {
        var finding = Assert.Single(ScanOf.Sources("""
            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.UseHttpsRedirection();
            app.Run();
            """).Findings, f => f.RuleId == "VG4206");

        Assert.Contains("UseHsts()", finding.Message, StringComparison.Ordinal);
        Assert.Equal(2, finding.Source!.Line);
    }

    [Fact]
    public void Safe_with_both_or_without_a_web_app()
    {
        Assert.DoesNotContain(ScanOf.Sources("""
            var builder = WebApplication.CreateBuilder(args);
            var app = builder.Build();
            app.UseHsts();
            app.UseHttpsRedirection();
            """).Findings, f => f.RuleId == "VG4206");
        Assert.DoesNotContain(ScanOf.Sources("public static class Lib { }").Findings, f => f.RuleId == "VG4206");
    }
}
