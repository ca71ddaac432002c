namespace Vigil.Audit.Tests.Checks.Security;

public sealed class ApiKeyInUrlCheckTests
{
    [Fact]
    public void Detect_an_api_key_in_the_query_string()
    {
        AuditRun.Detect("VG3003", 1,
            """
                oauth:
                  type: oauth2
            """,
            """
                key: {type: apiKey, in: query, name: api_key}
                oauth:
                  type: oauth2
            """);
    }

    [Fact]
    public void Safe_an_api_key_in_a_header()
    {
        AuditRun.AssertSafe("VG3003",
            """
                oauth:
                  type: oauth2
            """,
            """
                key: {type: apiKey, in: header, name: X-Api-Key}
                oauth:
                  type: oauth2
            """);
    }
}
