namespace Vigil.Audit.Tests.Checks.Security;

public sealed class MissingRateLimitCheckTests
{
    [Fact]
    public void Detect_an_operation_without_429_or_headers()
    {
        AuditRun.Detect("VG3011", 1,
            """
                    '403': {description: Not allowed}
                    '429': {description: Too many requests}
            """,
            """
                    '403': {description: Not allowed}
            """);
    }

    [Fact]
    public void Safe_rate_limit_headers_without_429()
    {
        AuditRun.AssertSafe("VG3011",
            """
                    '403': {description: Not yours}
                    '429': {description: Too many requests}
            """,
            """
                    '403': {description: Not yours}
            """);
    }
}
