namespace Vigil.Reporting;

/// <summary>The renderer for a <c>--format</c> value, with default options.</summary>
public static class ReportRenderers
{
    public static IReportRenderer For(ReportFormat format) => format switch
    {
        ReportFormat.Json => new JsonReportRenderer(),
        ReportFormat.Sarif => new SarifReportRenderer(),
        ReportFormat.Markdown => new MarkdownReportRenderer(),
        _ => new TextReportRenderer(),
    };
}
