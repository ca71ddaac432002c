namespace Vigil.Audit.Tests.Checks.Design;

public sealed class InconsistentNamingCheckTests
{
    [Fact]
    public void Detect_a_camel_case_path_among_kebab_case()
    {
        AuditRun.Detect("VG3033", 1,
            """
              /order-items:
                post:
            """,
            """
              /order-items/summary-by-day: {}
              /shippingLabels: {}
              /order-items:
                post:
            """);
    }

    [Fact]
    public void Safe_single_word_segments_fit_any_style()
    {
        AuditRun.AssertSafe("VG3033",
            """
              /order-items:
                post:
            """,
            """
              /orders: {}
              /orders/{id}/lines: {}
              /order-items:
                post:
            """);
    }
}
