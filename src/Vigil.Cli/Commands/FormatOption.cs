using System.CommandLine;
using Vigil.Reporting;

namespace Vigil.Cli.Commands;

internal static class FormatOption
{
    /// <summary>A <c>--format</c> option limited to the given formats, with an error that lists them.</summary>
    public static Option<ReportFormat> Create(ReportFormat fallback, params ReportFormat[] allowed)
    {
        var names = string.Join("|", allowed.Select(ReportFormats.Name));
        var option = new Option<ReportFormat>("--format")
        {
            Description = "Output format",
            HelpName = names,
            DefaultValueFactory = _ => fallback,
            CustomParser = result =>
            {
                var text = result.Tokens.Count == 0 ? null : result.Tokens[^1].Value;
                if (ReportFormats.TryParse(text, out var format, out var error) && allowed.Contains(format))
                {
                    return format;
                }

                result.AddError(error ?? $"--format must be one of {names}");
                return fallback;
            },
        };
        return option;
    }
}
