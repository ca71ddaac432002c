namespace Vigil.Audit.Tests.Checks.Validation;

public sealed class UnboundedNumberCheckTests
{
    [Fact]
    public void Detect_a_number_without_maximum()
    {
        AuditRun.Detect("VG3022", 1,
            """
                    quantity: {type: integer, minimum: 1, maximum: 100}
                    note:
            """,
            """
                    quantity: {type: integer, minimum: 1}
                    note:
            """);
    }

    [Fact]
    public void Safe_an_enum_or_exclusive_bounds()
    {
        AuditRun.AssertSafe("VG3022",
            """
                    quantity: {type: integer, minimum: 1, maximum: 100}
                    note:
            """,
            """
                    quantity: {type: integer, enum: [1, 2, 3]}
                    price: {type: number, minimum: 0, exclusiveMinimum: true, maximum: 1000}
                    note:
            """);
    }
}
