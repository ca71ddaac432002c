namespace Vigil.Audit.Tests.Checks.Validation;

public sealed class OpenRequestBodyCheckTests
{
    [Fact]
    public void Detect_a_request_body_open_to_extra_properties()
    {
        var findings = AuditRun.Detect("VG3023", 1,
            """
                  additionalProperties: false
            """,
            """

            """);

        Assert.Equal("/components/schemas/OrderItemInput", findings[0].Location);
    }

    [Fact]
    public void Safe_an_open_response_body()
    {
        AuditRun.AssertSafe("VG3023",
            """
                OrderItem:
                  type: object
            """,
            """
                OrderItem:
                  type: object
                  additionalProperties: true
            """);
    }
}
