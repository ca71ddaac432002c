namespace Vigil.Audit.Tests.Checks.Design;

public sealed class DeprecatedWithoutSunsetCheckTests
{
    [Fact]
    public void Detect_a_deprecated_operation_without_sunset()
    {
        AuditRun.Detect("VG3034", 1,
            """
                  operationId: getOrderItem
            """,
            """
                  operationId: getOrderItem
                  deprecated: true
            """);
    }

    [Fact]
    public void Safe_a_deprecated_operation_with_x_sunset()
    {
        AuditRun.AssertSafe("VG3034",
            """
                  operationId: getOrderItem
            """,
            """
                  operationId: getOrderItem
                  deprecated: true
                  x-sunset: '2027-01-01'
            """);
    }
}
