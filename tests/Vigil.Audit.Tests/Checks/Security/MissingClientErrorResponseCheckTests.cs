namespace Vigil.Audit.Tests.Checks.Security;

public sealed class MissingClientErrorResponseCheckTests
{
    [Fact]
    public void Detect_an_operation_without_any_4xx()
    {
        AuditRun.Detect("VG3012", 1,
            """
                    '400': {description: Invalid input}
                    '401': {description: Not signed in}
                    '403': {description: Not allowed}
                    '429': {description: Too many requests}
            """,
            """

            """);
    }

    [Fact]
    public void Safe_a_default_response_counts()
    {
        AuditRun.AssertSafe("VG3012",
            """
                    '400': {description: Invalid input}
                    '401': {description: Not signed in}
                    '403': {description: Not allowed}
                    '429': {description: Too many requests}
            """,
            """
                    default: {description: Problem details}
            """);
    }
}
