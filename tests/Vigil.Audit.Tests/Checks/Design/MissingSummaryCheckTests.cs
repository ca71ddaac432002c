namespace Vigil.Audit.Tests.Checks.Design;

public sealed class MissingSummaryCheckTests
{
    [Fact]
    public void Detect_an_operation_without_summary()
    {
        AuditRun.Detect("VG3031", 1,
            """
                  summary: One order item of the caller
            """,
            """

            """);
    }

    [Fact]
    public void Safe_a_description_suffices()
    {
        AuditRun.AssertSafe("VG3031",
            """
                  summary: One order item of the caller
            """,
            """
                  description: Returns one order item if the caller owns it.
            """);
    }
}
