using Vigil.Core.Findings;

namespace Vigil.Reporting.Tests;

public sealed class TextReportRendererTests
{
    private static string Plain(Report report, int? width = null) =>
        Samples.Render(new TextReportRenderer(new() { Ansi = false, Width = width }), report);

    [Fact]
    public void Shows_rule_id_threat_evidence_and_message()
    {
        var text = Plain(Samples.Report());
        Assert.Contains("VG1001", text);
        Assert.Contains("HIGH", text);
        Assert.Contains("eyJhbGciOiJub25lIn0.****", text);
        Assert.Contains("The q parameter holds a tautology.", text);
        Assert.Contains("request.headers.Authorization", text);
        Assert.Contains("events: 2", text);
    }

    [Fact]
    public void Redirected_output_has_no_escape_codes()
    {
        // A StringWriter is never the console, so the default options must pick plain text.
        var text = Samples.Render(new TextReportRenderer(), Samples.Report());
        Assert.DoesNotContain('\u001b', text);
        Assert.Contains("VG1001", text);
    }

    [Fact]
    public void Forced_ansi_uses_colour()
    {
        var text = Samples.Render(new TextReportRenderer(new() { Ansi = true, Width = 100 }), Samples.Report());
        Assert.Contains('\u001b', text);
    }

    [Fact]
    public void Escape_sequences_in_evidence_are_neutralised()
    {
        var evil = Samples.Jwt() with { Evidence = "\u001b]0;pwned\u0007[red]x[/]" };
        var text = Plain(Samples.Report(evil));
        Assert.DoesNotContain('\u001b', text);
        Assert.DoesNotContain('\u0007', text);
        Assert.Contains("\\u001b]0;pwned\\u0007[red]x[/]", text);
    }

    [Fact]
    public void Lines_fit_the_width_when_redirected()
    {
        var long_ = Samples.Sql() with { Evidence = new string('x', 500) };
        var text = Plain(Samples.Report(long_));
        Assert.All(text.Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= 120, $"{line.Length}: {line}"));
    }

    [Fact]
    public void Findings_are_grouped_per_event_with_the_highest_threat_first()
    {
        var other = Guid.Parse("99999999-0000-0000-0000-000000000000");
        var text = Plain(Samples.Report(Samples.Sql() with { EventId = other, Endpoint = "POST /login" }, Samples.Jwt(), Samples.Sql()));
        var eventA = text.IndexOf("event 11111111", StringComparison.Ordinal);
        var eventB = text.IndexOf("event 99999999", StringComparison.Ordinal);
        Assert.True(eventA >= 0 && eventB > eventA, text);
        Assert.Equal(1, CountOf(text, "event 11111111"));
    }

    [Fact]
    public void Source_findings_are_grouped_per_file_with_their_line()
    {
        var text = Plain(Samples.Report(Samples.InFile(12), Samples.InFile(40)));
        Assert.Equal(1, CountOf(text, "src/Api/Program.cs\n") + CountOf(text, "src/Api/Program.cs\r\n"));
        Assert.Contains("src/Api/Program.cs:12:5", text);
        Assert.Contains("src/Api/Program.cs:40:5", text);
    }

    [Fact]
    public void Summary_table_counts_by_threat()
    {
        var text = Plain(Samples.Report());
        Assert.Contains("Summary", text);
        Assert.Matches(@"High\s*│\s*1", text);
        Assert.Matches(@"Total\s*│\s*3", text);
        Assert.Contains("3 finding(s) from 3 rule(s).", text);
    }

    [Fact]
    public void No_findings_prints_a_zero_summary()
    {
        var text = Plain(new Report("inspect", [Samples.JwtNone], []));
        Assert.Contains("0 finding(s) from 1 rule(s).", text);
        Assert.DoesNotContain(nameof(ThreatLevel.None), text);
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
