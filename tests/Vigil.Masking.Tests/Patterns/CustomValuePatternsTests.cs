using Vigil.Masking.Patterns;

namespace Vigil.Masking.Tests.Patterns;

public sealed class CustomValuePatternsTests
{
    private static Masker With(params string[] patterns)
    {
        var (compiled, problems) = CustomValuePatterns.Compile(patterns);
        Assert.Empty(problems);
        return new Masker(new MaskingOptions(), compiled);
    }

    [Fact]
    public void A_pattern_masks_its_matches_in_bodies_headers_queries_and_text()
    {
        var masker = With("EMP-[0-9]{6}");

        // The JSON masker skips strings no built-in pattern can match; a custom pattern must switch that off.
        Assert.Equal("""{"note":"filed by ****","n":1}""", masker.MaskBody("""{"note":"filed by EMP-123456","n":1}""", "application/json"));
        Assert.Equal("****", masker.MaskHeader("X-Employee", "EMP-000001"));
        Assert.Equal("who=****&x=1", masker.MaskQuery("who=EMP-654321&x=1"));
        Assert.Equal("by **** and ****", masker.MaskText("by EMP-111111 and EMP-222222"));
        Assert.Equal("EMP-12", masker.MaskText("EMP-12"));
    }

    [Fact]
    public void Without_patterns_nothing_changes()
    {
        Assert.Equal("by EMP-111111", new Masker(new MaskingOptions(), null).MaskText("by EMP-111111"));
        Assert.Null(CustomValuePatterns.Compile([]).Patterns);
    }

    [Theory]
    [InlineData("(unclosed", "not a valid regular expression")]
    [InlineData("(a)\\1", "linear-time engine")]
    [InlineData("(?<=x)y", "linear-time engine")]
    [InlineData("x*", "matches empty text")]
    [InlineData("", "1-200 characters")]
    [InlineData("(?i)(a|b|c|d|e|f|g|h|i|j).{1,150}[xyz]{1,30}q0", "repeats '{1,150}'")]
    [InlineData("x[a-z]{2,}", "repeats '{2,}'")]
    [InlineData("x[a-z]{65}", "repeats '{65}'")]
    public void Unsafe_or_useless_patterns_are_refused_with_the_reason(string pattern, string reason)
    {
        var (compiled, problems) = CustomValuePatterns.Compile(["fine", pattern]);

        Assert.Null(compiled);
        var problem = Assert.Single(problems);
        Assert.StartsWith("patterns[1]: ", problem, StringComparison.Ordinal);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Too_many_patterns_are_refused()
    {
        var (_, problems) = CustomValuePatterns.Compile([.. Enumerable.Range(0, CustomValuePatterns.MaxPatterns + 1).Select(i => $"p{i}x")]);

        Assert.Contains(problems, p => p.StartsWith("at most 20", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pattern_that_would_backtrack_exponentially_runs_in_linear_time()
    {
        var masker = With("(a+)+b");
        var hostile = new string('a', 50_000) + "!";

        Assert.Equal(hostile, masker.MaskText(hostile)); // a backtracking engine would not return within the timeout
    }

    [Theory]
    [InlineData("EMP-[0-9]{6}")]
    [InlineData("tok_[0-9a-f]{32}")]
    [InlineData("x[a-z]{2,16}y")]
    [InlineData(@"\{1000}x")]
    [InlineData("[{]1000}x")]
    public void Small_or_escaped_counts_pass(string pattern)
    {
        Assert.Empty(CustomValuePatterns.Compile([pattern]).Problems);
    }

    [Fact]
    public void A_pattern_over_the_cost_budget_on_the_probe_text_is_refused()
    {
        // A zero budget makes any pattern too slow: this pins the wiring and the message, not a timing.
        var (compiled, problems) = CustomValuePatterns.Compile(["EMP-[0-9]{6}"], TimeSpan.Zero);

        Assert.Null(compiled);
        Assert.Contains("4096-character sample", Assert.Single(problems), StringComparison.Ordinal);
        Assert.Contains("simplify it", problems[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Strings_past_the_scan_bound_skip_custom_patterns_but_not_built_in_ones()
    {
        var masker = With("EMP-[0-9]{6}");
        var padding = new string('.', CustomValuePatterns.MaxScannedChars);

        Assert.Equal("by ****", masker.MaskText("by EMP-111111"));
        var masked = masker.MaskText("by EMP-111111 with Bearer abcdefghijklmnopqrstuvwxyz012345 " + padding);
        Assert.Contains("EMP-111111", masked, StringComparison.Ordinal);
        Assert.DoesNotContain("abcdefghijklmnopqrstuvwxyz012345", masked, StringComparison.Ordinal);
    }
}
