namespace Vigil.Audit.Tests.Checks.Security;

public sealed class NoSecuritySchemesCheckTests
{
    [Fact]
    public void Detect_a_document_without_security_schemes()
    {
        AuditRun.Detect("VG3001", 1,
            """
              securitySchemes:
                oauth:
                  type: oauth2
                  flows:
                    authorizationCode:
                      authorizationUrl: https://auth.example.com/authorize
                      tokenUrl: https://auth.example.com/token
                      scopes: {orders: Read and write orders}
            """,
            """

            """);
    }

    [Fact]
    public void Safe_when_one_scheme_is_declared_even_if_unused()
    {
        AuditRun.AssertSafe("VG3001",
            """
            security:
              - oauth: [orders]
            paths:
            """,
            """
            paths:
            """);
    }
}
