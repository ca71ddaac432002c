namespace Vigil.Audit.Tests.Checks.Security;

public sealed class IntegerIdInPathCheckTests
{
    [Fact]
    public void Detect_an_integer_id_in_the_path()
    {
        AuditRun.Detect("VG3007", 1,
            """
                      schema: {type: string, format: uuid}
            """,
            """
                      schema: {type: integer, format: int64, minimum: 1, maximum: 1000000}
            """);
    }

    [Fact]
    public void Safe_an_integer_that_is_not_an_id()
    {
        AuditRun.AssertSafe("VG3007",
            """
              /order-items/{orderItemId}:
                get:
                  operationId: getOrderItem
                  summary: One order item of the caller
                  parameters:
                    - name: orderItemId
                      in: path
                      required: true
                      schema: {type: string, format: uuid}
            """,
            """
              /order-items/{page}:
                get:
                  operationId: getOrderItem
                  summary: One order item of the caller
                  parameters:
                    - name: page
                      in: path
                      required: true
                      schema: {type: integer, minimum: 1, maximum: 100}
            """);
    }
}
