namespace Vigil.Audit.Tests.Checks.Security;

public sealed class SensitiveQueryParameterCheckTests
{
    [Fact]
    public void Detect_a_password_and_an_email_in_the_query()
    {
        AuditRun.Detect("VG3008", 2,
            """
                      schema: {type: string, format: uuid}
                  responses:
            """,
            """
                      schema: {type: string, format: uuid}
                    - {name: password, in: query, schema: {type: string, maxLength: 64}}
                    - {name: Email, in: query, schema: {type: string, format: email}}
                  responses:
            """);
    }

    [Fact]
    public void Safe_a_password_in_a_header_and_a_harmless_query()
    {
        AuditRun.AssertSafe("VG3008",
            """
                      schema: {type: string, format: uuid}
                  responses:
            """,
            """
                      schema: {type: string, format: uuid}
                    - {name: X-Password, in: header, schema: {type: string, maxLength: 64}}
                    - {name: sort, in: query, schema: {type: string, enum: [asc, desc]}}
                  responses:
            """);
    }

    [Theory]
    [InlineData("api_token", "a credential")]
    [InlineData("userPassword", "a credential")]
    [InlineData("client-secret", "a credential")]
    [InlineData("SSN", "personal data")]
    [InlineData("pageToken", null)]
    [InlineData("nextToken", null)]
    [InlineData("q", null)]
    public void Detect_and_Safe_names(string name, string? kind) =>
        Assert.Equal(kind, Vigil.Audit.Checks.Security.SensitiveNames.QueryKind(name));
}
