namespace Vigil.Audit.Tests.Checks.Validation;

public sealed class UnboundedStringCheckTests
{
    [Fact]
    public void Detect_a_string_without_limits()
    {
        var findings = AuditRun.Detect("VG3020", 1,
            """
                    note: {type: string, maxLength: 200}
            """,
            """
                    note: {type: string}
            """);

        Assert.Equal("/components/schemas/OrderItemInput/properties/note", findings[0].Location);
    }

    [Fact]
    public void Safe_enum_pattern_and_format_each_suffice()
    {
        AuditRun.AssertSafe("VG3020",
            """
                    note: {type: string, maxLength: 200}
            """,
            """
                    note: {type: string, pattern: "^[a-z ]+$"}
                    kind: {type: string, enum: [a, b]}
                    at: {type: string, format: date-time}
            """);
    }
}
