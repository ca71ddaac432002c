namespace Vigil.Scan.Tests.Analyzers;

public sealed class WeakPasswordHashAnalyzerTests
{
    [Theory]
    [InlineData("System.Text.Encoding.UTF8.GetString(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(password)))")]
    [InlineData("Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(password)))")]
    public void Detect(string body) =>
        Assert.Single(ScanOf.Sources(Hasher(body)).Findings, f => f.RuleId == "VG4204");

    [Theory]
    [InlineData("Convert.ToHexString(System.Security.Cryptography.Rfc2898DeriveBytes.Pbkdf2(password, new byte[16], 600000, System.Security.Cryptography.HashAlgorithmName.SHA256, 32))")]
    public void Safe(string body) =>
        Assert.DoesNotContain(ScanOf.Sources(Hasher(body), """
            public static class Etag { public static string Of(byte[] body) => Convert.ToHexString(System.Security.Cryptography.MD5.HashData(body)); }
            """).Findings, f => f.RuleId == "VG4204");

    private static string Hasher(string body) => $$"""
        public static class Passwords { public static string Hash(string password) => {{body}}; }
        """;
}
