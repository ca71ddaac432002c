using System.Diagnostics.CodeAnalysis;

namespace Vigil.Reporting;

/// <summary>Parses <c>--format</c> values; the error lists what is accepted so the user can retry at once.</summary>
public static class ReportFormats
{
    /// <summary>The names accepted on the command line, in the order help text shows them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["text", "json", "sarif", "md"];

    public static bool TryParse(string? value, out ReportFormat format, [NotNullWhen(false)] out string? error)
    {
        format = ReportFormat.Text;
        error = null;
        switch (value?.Trim().ToLowerInvariant())
        {
            case "text":
                return true;
            case "json":
                format = ReportFormat.Json;
                return true;
            case "sarif":
                format = ReportFormat.Sarif;
                return true;
            case "md" or "markdown":
                format = ReportFormat.Markdown;
                return true;
            default:
                error = $"unknown format \"{value}\"; use one of: {string.Join(", ", Names)}";
                return false;
        }
    }

    public static ReportFormat Parse(string? value) =>
        TryParse(value, out var format, out var error) ? format : throw new FormatException(error);

    public static string Name(ReportFormat format) => format switch
    {
        ReportFormat.Json => "json",
        ReportFormat.Sarif => "sarif",
        ReportFormat.Markdown => "md",
        _ => "text",
    };
}
