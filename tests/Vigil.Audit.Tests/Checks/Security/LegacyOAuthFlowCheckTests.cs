namespace Vigil.Audit.Tests.Checks.Security;

public sealed class LegacyOAuthFlowCheckTests
{
    [Fact]
    public void Detect_implicit_and_password_flows()
    {
        AuditRun.Detect("VG3005", 2,
            """
                  flows:
            """,
            """
                  flows:
                    implicit:
                      authorizationUrl: https://auth.example.com/authorize
                      scopes: {}
                    password:
                      tokenUrl: https://auth.example.com/token
                      scopes: {}
            """);
    }

    [Fact]
    public void Safe_client_credentials_beside_authorization_code()
    {
        AuditRun.AssertSafe("VG3005",
            """
                  flows:
            """,
            """
                  flows:
                    clientCredentials:
                      tokenUrl: https://auth.example.com/token
                      scopes: {}
            """);
    }
}
