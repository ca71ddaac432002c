namespace Vigil.Audit.Tests.Checks.Security;

public sealed class MissingAuthErrorResponsesCheckTests
{
    [Fact]
    public void Detect_a_secured_operation_without_401_or_403()
    {
        AuditRun.Detect("VG3010", 1,
            """
                    '401': {description: Not signed in}
                    '403': {description: Not yours}
            """,
            """

            """);
    }

    [Fact]
    public void Safe_a_secured_operation_with_401_only()
    {
        AuditRun.AssertSafe("VG3010",
            """
                    '403': {description: Not yours}

            """,
            "");
    }
}
