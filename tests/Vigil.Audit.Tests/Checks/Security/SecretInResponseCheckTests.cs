namespace Vigil.Audit.Tests.Checks.Security;

public sealed class SecretInResponseCheckTests
{
    [Fact]
    public void Detect_a_password_hash_returned_through_a_ref()
    {
        var findings = AuditRun.Detect("VG3009", 1,
            """
                    quantity: {type: integer, minimum: 1, maximum: 100}
                    tags:
            """,
            """
                    quantity: {type: integer, minimum: 1, maximum: 100}
                    password_hash: {type: string, maxLength: 100}
                    tags:
            """);

        Assert.Equal("/components/schemas/OrderItem/properties/password_hash", findings[0].Location);
    }

    [Fact]
    public void Safe_a_password_accepted_in_a_request_or_write_only()
    {
        AuditRun.AssertSafe("VG3009",
            """
                    note: {type: string, maxLength: 200}
            """,
            """
                    note: {type: string, maxLength: 200}
                    password: {type: string, maxLength: 100}
            """);
    }
}
