namespace Vigil.Scan.Tests.Analyzers;

public sealed class JwtValidationDisabledAnalyzerTests
{
    private const string Setup = """
        public sealed class TokenValidationParameters { public bool ValidateIssuer { get; set; } public bool ValidateLifetime { get; set; } public bool RequireSignedTokens { get; set; } }
        public static class Jwt
        {
            public static TokenValidationParameters Parameters() => new()
            {
                BODY
            };
        }
        """;

    [Fact]
    public void Detect_each_switched_off_check() =>
        Assert.Equal(2, ScanOf.Sources(Setup.Replace("BODY", "ValidateIssuer = false, ValidateLifetime = true, RequireSignedTokens = false", StringComparison.Ordinal)).Findings.Count(f => f.RuleId == "VG4202"));

    [Fact]
    public void Safe_when_every_check_stays_on() =>
        Assert.DoesNotContain(ScanOf.Sources(Setup.Replace("BODY", "ValidateIssuer = true, ValidateLifetime = true", StringComparison.Ordinal)).Findings, f => f.RuleId == "VG4202");
}
