using Vigil.Core.Findings;

namespace Vigil.Scan.Tests.Analyzers;

public sealed class NoAuthorizationAnalyzerTests
{
    [Fact]
    public void Detect_state_changing_and_data_returning_endpoints_nothing_protects()
    {
        var findings = ScanOf.Sources("""
            var app = WebApplication.CreateBuilder(args).Build();
            app.MapDelete("/users/{id}", (int id) => Results.NoContent());
            app.MapGet("/users", () => new[] { "ann", "bob" });
            """).Findings.Where(f => f.RuleId == "VG4101").ToList();

        Assert.Equal(["DELETE /users/{id}", "GET /users"], findings.Select(f => f.Endpoint).Order(StringComparer.Ordinal));
        Assert.Equal(ThreatLevel.Medium, findings.Single(f => f.Endpoint!.StartsWith("DELETE", StringComparison.Ordinal)).Threat);
        Assert.Equal(2, findings.Single(f => f.Endpoint!.StartsWith("DELETE", StringComparison.Ordinal)).Source!.Line);
    }

    [Fact]
    public void Safe_when_protected_explicitly_anonymous_or_public_by_nature()
    {
        var findings = ScanOf.Sources("""
            var app = WebApplication.CreateBuilder(args).Build();
            app.MapDelete("/users/{id}", (int id) => Results.NoContent()).RequireAuthorization();
            app.MapGet("/menu", () => new[] { "soup" }).AllowAnonymous();
            app.MapPost("/auth/login", (string user) => Results.Ok());
            app.MapGet("/health", () => "ok");
            """).Findings;

        Assert.DoesNotContain(findings, f => f.RuleId == "VG4101");
    }

    [Fact]
    public void Detect_personal_data_returned_to_anyone_at_medium()
    {
        var finding = Assert.Single(ScanOf.Sources("""
            var app = WebApplication.CreateBuilder(args).Build();
            app.MapGet("/customers/lookup", (string phone) => new Profile("Ann", phone, "ann@example.com"));
            public record Profile(string Name, string Phone, string Email);
            """).Findings, f => f.RuleId == "VG4101");

        Assert.Equal(Vigil.Core.Findings.ThreatLevel.Medium, finding.Threat);
        Assert.Contains("personal data (Profile.Phone, Profile.Email)", finding.Message, StringComparison.Ordinal);
    }
}
