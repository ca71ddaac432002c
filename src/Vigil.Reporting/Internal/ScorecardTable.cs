using System.Globalization;
using Spectre.Console;

namespace Vigil.Reporting.Internal;

/// <summary>The scorecard for a terminal: one row per category with its grade, then what cost the points.</summary>
internal static class ScorecardTable
{
    public static void Write(IAnsiConsole console, Scorecard card)
    {
        var table = new Table().Border(TableBorder.Rounded).Title($"Score {card.Score}/100 · grade {card.Grade}");
        table.AddColumn("Category");
        table.AddColumn(new TableColumn("Score").RightAligned());
        table.AddColumn("Grade");
        table.AddColumn("Points lost to");
        foreach (var c in card.Categories)
        {
            var lost = c.Deductions.Count == 0
                ? "[dim]nothing[/]"
                : string.Join('\n', c.Deductions.Select(d => TerminalText.Markup(Deduction(d))));
            table.AddRow(
                $"{TerminalText.Markup(c.Name)} [dim]×{c.Weight.ToString("0.##", CultureInfo.InvariantCulture)}[/]",
                c.Score.ToString(CultureInfo.InvariantCulture),
                $"[{Colour(c.Grade)} bold]{c.Grade}[/]",
                lost);
        }

        table.AddRow("[bold]overall[/]", $"[bold]{card.Score}[/]", $"[{Colour(card.Grade)} bold]{card.Grade}[/]", "weighted mean of the categories");
        console.Write(table);
    }

    /// <summary><c>-12  VG3020 String without length… (6 findings, capped)</c>.</summary>
    public static string Deduction(ScoreDeduction d) =>
        $"-{d.Points} {d.RuleId} {d.Title} ({d.Findings} finding{(d.Findings == 1 ? "" : "s")}{(d.Capped ? ", capped" : "")})";

    private static string Colour(string grade) => grade switch
    {
        "A" => "green",
        "B" => "green",
        "C" => "yellow",
        "D" => "darkorange",
        _ => "red",
    };
}
