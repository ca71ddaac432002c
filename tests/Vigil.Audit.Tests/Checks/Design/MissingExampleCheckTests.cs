namespace Vigil.Audit.Tests.Checks.Design;

public sealed class MissingExampleCheckTests
{
    [Fact]
    public void Detect_an_operation_without_examples()
    {
        AuditRun.Detect("VG3032", 1,
            """
                      example: {quantity: 1, note: no onions}
            """,
            """

            """);
    }

    [Fact]
    public void Safe_named_examples_suffice()
    {
        AuditRun.AssertSafe("VG3032",
            """
                        example: {quantity: 1, note: no onions}
            """,
            """
                        examples:
                          one: {value: {quantity: 1}}
            """);
    }
}
