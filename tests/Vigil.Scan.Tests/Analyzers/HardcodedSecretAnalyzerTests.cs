namespace Vigil.Scan.Tests.Analyzers;

public sealed class HardcodedSecretAnalyzerTests
{
    [Fact]
    public void Detect_secrets_and_connection_string_passwords_and_never_repeat_them()
    {
        var findings = ScanOf.Sources("""
            public static class Settings
            {
                public const string ApiKey = "sk_live_51HqLyjWDarjtT1zdp7dc";
                public static string Db = "Server=db;Database=app;User Id=sa;Password=Hunter2Hunter2;";
                public static void Configure(IConfiguration c) => c["Jwt:SigningSecret"] = "0123456789abcdef0123456789abcdef";
            }
            """).Findings.Where(f => f.RuleId == "VG4201").ToList();

        Assert.Equal([3, 4, 5], findings.Select(f => f.Source!.Line));
        Assert.All(findings, f => Assert.DoesNotContain("Hunter2", f.Evidence ?? "", StringComparison.Ordinal));
        Assert.All(findings, f => Assert.DoesNotContain("HqLyjWDarjt", f.Evidence ?? "", StringComparison.Ordinal));
        Assert.All(findings, f => Assert.DoesNotContain("0123456789abcdef0123", f.Evidence ?? "", StringComparison.Ordinal));
    }

    [Fact]
    public void Safe_for_configuration_lookups_placeholders_and_integrated_security()
    {
        var findings = ScanOf.Sources("""
            public static class Settings
            {
                public static string? ApiKey(IConfiguration c) => c["ApiKey"];
                public const string PasswordHint = "<your password here>";
                public static string Db = "Server=db;Database=app;Integrated Security=true;";
                public const string PasswordField = "password";
            }
            """).Findings;

        Assert.DoesNotContain(findings, f => f.RuleId == "VG4201");
    }
}
