namespace Vigil.Audit.Tests.Checks.Design;

public sealed class MissingOperationIdCheckTests
{
    [Fact]
    public void Detect_a_missing_operation_id()
    {
        AuditRun.Detect("VG3030", 1,
            """
                  operationId: getOrderItem
            """,
            """

            """);
    }

    [Fact]
    public void Safe_unique_ids()
    {
        AuditRun.AssertSafe("VG3030",
            """
                  operationId: getOrderItem
            """,
            """
                  operationId: getOneOrderItem
            """);
    }
}
