namespace Vigil.Audit.Tests.Checks.Validation;

public sealed class MissingRequestSchemaCheckTests
{
    [Fact]
    public void Detect_a_body_without_schema()
    {
        AuditRun.Detect("VG3024", 1,
            """
                        example: {quantity: 1, note: no onions}
            """,
            """
                        example: {quantity: 1, note: no onions}
                      text/plain: {example: one}
            """);
    }

    [Fact]
    public void Safe_a_body_with_schemas()
    {
        AuditRun.AssertSafe("VG3024",
            """
                        example: {quantity: 1, note: no onions}
            """,
            """
                        example: {quantity: 1, note: no onions}
                      text/plain:
                        schema: {type: string, maxLength: 20}
            """);
    }
}
