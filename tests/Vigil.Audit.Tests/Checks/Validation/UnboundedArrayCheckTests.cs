namespace Vigil.Audit.Tests.Checks.Validation;

public sealed class UnboundedArrayCheckTests
{
    [Fact]
    public void Detect_an_array_without_max_items()
    {
        AuditRun.Detect("VG3021", 1,
            """
                      maxItems: 10
            """,
            """

            """);
    }

    [Fact]
    public void Safe_an_array_with_max_items()
    {
        AuditRun.AssertSafe("VG3021",
            """
                    note: {type: string, maxLength: 200}
            """,
            """
                    note: {type: string, maxLength: 200}
                    lines: {type: array, maxItems: 5, items: {type: string, maxLength: 9}}
            """);
    }
}
