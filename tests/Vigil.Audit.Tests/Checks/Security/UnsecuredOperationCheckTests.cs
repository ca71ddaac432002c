namespace Vigil.Audit.Tests.Checks.Security;

public sealed class UnsecuredOperationCheckTests
{
    [Fact]
    public void Detect_an_operation_that_opts_out_and_returns_data()
    {
        var findings = AuditRun.Detect("VG3002", 1,
            """
                  operationId: getOrderItem
            """,
            """
                  operationId: getOrderItem
                  security: []
            """);

        Assert.Equal("/paths/~1order-items~1{orderItemId}/get/security", findings[0].Location);
    }

    [Fact]
    public void Safe_a_public_operation_that_returns_nothing()
    {
        AuditRun.AssertSafe("VG3002",
            """
              /order-items:
                post:
            """,
            """
              /health:
                head:
                  operationId: health
                  summary: Liveness
                  security: []
                  responses:
                    '204': {description: Up}
                    '400': {description: Never}
                    '429': {description: Slow down}
              /order-items:
                post:
            """);
    }
}
