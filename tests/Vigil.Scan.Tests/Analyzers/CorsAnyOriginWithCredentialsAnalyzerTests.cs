namespace Vigil.Scan.Tests.Analyzers;

public sealed class CorsAnyOriginWithCredentialsAnalyzerTests
{
    [Theory]
    [InlineData("p => p.SetIsOriginAllowed(_ => true).AllowAnyHeader().AllowCredentials()")]
    [InlineData("p => p.AllowAnyOrigin().AllowCredentials()")]
    public void Detect(string policy) =>
        Assert.Single(ScanOf.Sources(Program(policy)).Findings, f => f.RuleId == "VG4203");

    [Theory]
    [InlineData("p => p.WithOrigins(\"https://app.example.com\").AllowCredentials()")]
    [InlineData("p => p.AllowAnyOrigin().AllowAnyHeader()")]
    public void Safe(string policy) =>
        Assert.DoesNotContain(ScanOf.Sources(Program(policy)).Findings, f => f.RuleId == "VG4203");

    private static string Program(string policy) => $$"""
        var builder = WebApplication.CreateBuilder(args);
        builder.Services.AddCors(o => o.AddPolicy("web", {{policy}}));
        """;
}
