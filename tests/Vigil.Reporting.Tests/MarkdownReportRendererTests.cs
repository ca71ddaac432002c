namespace Vigil.Reporting.Tests;

public sealed class MarkdownReportRendererTests
{
    private static string Render(Report report) => Samples.Render(new MarkdownReportRenderer(), report);

    [Fact]
    public void Writes_a_table_per_threat_level_highest_first()
    {
        var md = Render(Samples.Report());
        var high = md.IndexOf("## High (1)", StringComparison.Ordinal);
        var medium = md.IndexOf("## Medium (1)", StringComparison.Ordinal);
        var low = md.IndexOf("## Low (1)", StringComparison.Ordinal);
        Assert.True(high > 0 && medium > high && low > medium, md);
        Assert.Contains("| Rule | Title | Where | Location | Evidence |", md);
        Assert.Contains("|---|---|---|---|---|", md);
    }

    [Fact]
    public void Rows_have_as_many_cells_as_the_header_even_with_pipes_in_evidence()
    {
        var md = Render(Samples.Report(Samples.Sql()));
        var row = md.Split('\n').Single(l => l.StartsWith("| [VG1002]", StringComparison.Ordinal));
        Assert.Equal(6, CountUnescapedPipes(row));
        Assert.Contains("`' OR 1=1 --\\|<b>`", row);
    }

    [Fact]
    public void Has_a_summary_table_and_a_rules_reference()
    {
        var md = Render(Samples.Report());
        Assert.Contains("| **Total** | **3** |", md);
        Assert.Contains("## Rules", md);
        Assert.Contains("### VG1001", md);
        Assert.Contains("[CWE-347](https://cwe.mitre.org/data/definitions/347.html)", md);
        Assert.Contains("How to fix: Use parameterised queries.", md);
        Assert.Contains("- **events**: 2", md);
    }

    [Fact]
    public void No_findings_says_so()
    {
        var md = Render(new Report("inspect", [Samples.JwtNone], []));
        Assert.Contains("No findings from 1 rules.", md);
        Assert.DoesNotContain("## Rules", md);
    }

    private static int CountUnescapedPipes(string row)
    {
        var count = 0;
        for (var i = 0; i < row.Length; i++)
        {
            if (row[i] == '|' && (i == 0 || row[i - 1] != '\\'))
            {
                count++;
            }
        }

        return count;
    }
}
