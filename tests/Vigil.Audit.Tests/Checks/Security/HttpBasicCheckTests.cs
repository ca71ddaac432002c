namespace Vigil.Audit.Tests.Checks.Security;

public sealed class HttpBasicCheckTests
{
    [Fact]
    public void Detect_http_basic()
    {
        AuditRun.Detect("VG3004", 1,
            """
                oauth:
                  type: oauth2
            """,
            """
                basic: {type: http, scheme: basic}
                oauth:
                  type: oauth2
            """);
    }

    [Fact]
    public void Safe_http_bearer()
    {
        AuditRun.AssertSafe("VG3004",
            """
                oauth:
                  type: oauth2
            """,
            """
                bearer: {type: http, scheme: bearer, bearerFormat: JWT}
                oauth:
                  type: oauth2
            """);
    }
}
