namespace Vigil.Reporting;

/// <summary>The output formats every command offers through <c>--format</c>.</summary>
public enum ReportFormat
{
    Text,
    Json,
    Sarif,
    Markdown,
}
