namespace Vigil.Scan.Tests.Analyzers;

public sealed class DeveloperExceptionPageAnalyzerTests
{
    [Fact]
    public void Detect_unguarded_developer_exception_page() =>
        Assert.Single(ScanOf.Sources("""
            var app = WebApplication.CreateBuilder(args).Build();
            app.UseDeveloperExceptionPage();
            """).Findings, f => f.RuleId == "VG4205");

    [Fact]
    public void Safe_inside_an_is_development_check() =>
        Assert.DoesNotContain(ScanOf.Sources("""
            var app = WebApplication.CreateBuilder(args).Build();
            if (app.Environment.IsDevelopment())
            {
                app.UseDeveloperExceptionPage();
            }
            """).Findings, f => f.RuleId == "VG4205");
}
