using Spectre.Console;
using Vigil.Core.Findings;
using Vigil.Reporting.Internal;

namespace Vigil.Reporting;

/// <summary>
/// Findings for a person at a terminal: grouped by event or file, highest threat first, threat-coloured, then a
/// summary table. Plain text with no escape codes when the output is not a terminal.
/// </summary>
public sealed class TextReportRenderer(TextReportOptions? options = null) : IReportRenderer
{
    private const int RedirectedWidth = 120;

    private readonly TextReportOptions _options = options ?? new();

    public void Render(Report report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var console = CreateConsole(output);

        var heading = report.Subject is null ? $"Vigil {report.Command}" : $"Vigil {report.Command} · {report.Subject}";
        console.MarkupLine($"[bold]{TerminalText.Markup(heading)}[/]");
        foreach (var (name, value) in report.Extra)
        {
            console.MarkupLine($"{TerminalText.Markup(name)}: {TerminalText.Markup(value?.ToString() ?? "null")}");
        }

        foreach (var group in FindingGroup.Of(report.Findings))
        {
            console.WriteLine();
            console.MarkupLine($"[bold underline]{TerminalText.Markup(group.Heading)}[/]");
            console.Write(FindingsGrid(group));
        }

        console.WriteLine();
        console.Write(SummaryTable(report.Summary));
        if (report.Scorecard is { } scorecard)
        {
            ScorecardTable.Write(console, scorecard);
        }

        console.MarkupLine($"{report.Summary.Total} finding(s) from {report.Rules.Count} rule(s).");
    }

    private IAnsiConsole CreateConsole(TextWriter output)
    {
        var ansi = _options.Ansi ?? IsColourTerminal(output);
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = ansi ? AnsiSupport.Yes : AnsiSupport.No,
            ColorSystem = ansi ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = _options.Width ?? (ansi ? console.Profile.Width : RedirectedWidth);
        return console;
    }

    private static bool IsColourTerminal(TextWriter output) =>
        ReferenceEquals(output, Console.Out)
        && !Console.IsOutputRedirected
        && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));

    private static Grid FindingsGrid(FindingGroup group)
    {
        var grid = new Grid();
        // Fixed width for the threat so rule ids line up across groups ("MEDIUM" is the longest).
        grid.AddColumn(new GridColumn().NoWrap().Width(6).Padding(2, 0, 2, 0));
        grid.AddColumn(new GridColumn().NoWrap().Padding(0, 0, 2, 0));
        grid.AddColumn(new GridColumn());
        foreach (var f in group.Findings)
        {
            var threat = ThreatNames.Lower(f.Threat).ToUpperInvariant();
            grid.AddRow(
                new Markup($"[{TerminalText.Colour(f.Threat)} bold]{threat}[/]"),
                new Markup(TerminalText.Markup(f.RuleId)),
                new Markup(Details(f, group.ShowsPlace)));
        }

        return grid;
    }

    private static string Details(Finding f, bool placeInHeading)
    {
        var lines = new List<string> { $"[bold]{TerminalText.Markup(f.Title)}[/]" };
        if (f.Message is not null)
        {
            lines.Add(TerminalText.Markup(f.Message));
        }

        if (!placeInHeading && FindingOrder.Place(f.Source) is { } place)
        {
            lines.Add("[dim]at[/] " + TerminalText.Markup(place));
        }

        if (!placeInHeading && f.Endpoint is not null)
        {
            lines.Add("[dim]endpoint[/] " + TerminalText.Markup(f.Endpoint));
        }

        if (f.Location is not null)
        {
            lines.Add("[dim]in[/] " + TerminalText.Markup(f.Location));
        }

        if (f.Evidence is not null)
        {
            lines.Add("[dim]evidence[/] " + TerminalText.Markup(f.Evidence));
        }

        return string.Join('\n', lines);
    }

    private static Table SummaryTable(ReportSummary summary)
    {
        var table = new Table().Border(TableBorder.Rounded).Title("Summary");
        table.AddColumn("Threat");
        table.AddColumn(new TableColumn("Findings").RightAligned());
        foreach (var threat in ThreatNames.Descending)
        {
            if (threat == ThreatLevel.None && summary.None == 0)
            {
                continue;
            }

            var name = ThreatNames.Title(threat);
            table.AddRow($"[{TerminalText.Colour(threat)}]{name}[/]", summary.Count(threat).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        table.AddRow("[bold]Total[/]", $"[bold]{summary.Total}[/]");
        return table;
    }
}
