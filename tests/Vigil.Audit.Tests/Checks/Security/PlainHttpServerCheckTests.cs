namespace Vigil.Audit.Tests.Checks.Security;

public sealed class PlainHttpServerCheckTests
{
    [Fact]
    public void Detect_an_http_server()
    {
        AuditRun.Detect("VG3006", 1,
            """
              - url: https://api.example.com/v1
            """,
            """
              - url: http://api.example.com/v1
              - url: https://api.example.com/v2
            """);
    }

    [Fact]
    public void Safe_localhost_over_http()
    {
        AuditRun.AssertSafe("VG3006",
            """
              - url: https://api.example.com/v1
            """,
            """
              - url: https://api.example.com/v1
              - url: http://localhost:5000
            """);
    }
}
