using System.Text.RegularExpressions;

namespace Vigil.Masking.Patterns;

/// <summary>
/// A deployment's own value patterns (an employee number format, an internal token prefix), as .NET regular
/// expressions. Compiled with the non-backtracking engine, so a hostile or careless pattern costs time linear in the
/// text, and with a match timeout as a backstop; a timeout masks the whole value (fail closed, see <see cref="Masker"/>).
/// </summary>
public sealed class CustomValuePatterns
{
    public const int MaxPatterns = 20;

    public const int MaxPatternChars = 200;

    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Longer strings skip the custom patterns (the built-in ones still run): their cost grows with the text, and a
    /// multi-kilobyte body times twenty patterns is the ingest path's worst case.
    /// </summary>
    public const int MaxScannedChars = 4096;

    /// <summary>
    /// What a pattern may cost, warm, on the 4 KB probe text at save time. Sane patterns take well under 0.1 ms there;
    /// the bound is generous because the machine may be loaded, and it guards the ingest path rather than timing it.
    /// </summary>
    internal static readonly TimeSpan ProbeBudget = TimeSpan.FromMilliseconds(20);

    private readonly Regex[] _regexes;

    private CustomValuePatterns(Regex[] regexes) => _regexes = regexes;

    public int Count => _regexes.Length;

    /// <summary>The compiled patterns (null when there are none) and every problem at once, each naming its pattern's position.</summary>
    public static (CustomValuePatterns? Patterns, IReadOnlyList<string> Problems) Compile(IReadOnlyList<string> patterns) =>
        Compile(patterns, ProbeBudget);

    internal static (CustomValuePatterns? Patterns, IReadOnlyList<string> Problems) Compile(IReadOnlyList<string> patterns, TimeSpan probeBudget)
    {
        ArgumentNullException.ThrowIfNull(patterns);
        var problems = new List<string>();
        if (patterns.Count > MaxPatterns)
        {
            problems.Add($"at most {MaxPatterns} value patterns, not {patterns.Count}");
        }

        var regexes = new List<Regex>();
        for (var i = 0; i < patterns.Count && i < MaxPatterns; i++)
        {
            if (Compile(patterns[i], probeBudget, out var problem) is { } regex)
            {
                regexes.Add(regex);
            }
            else
            {
                problems.Add($"patterns[{i}]: {problem}");
            }
        }

        return (problems.Count > 0 || regexes.Count == 0 ? null : new CustomValuePatterns([.. regexes]), problems);
    }

    internal void Scan(ReadOnlySpan<char> text, ref Redactions redactions)
    {
        if (text.Length > MaxScannedChars)
        {
            return;
        }

        foreach (var regex in _regexes)
        {
            foreach (var match in regex.EnumerateMatches(text))
            {
                redactions.Add(match.Index, match.Index + match.Length);
            }
        }
    }

    private static Regex? Compile(string? pattern, TimeSpan probeBudget, out string problem)
    {
        problem = "";
        if (string.IsNullOrEmpty(pattern) || pattern.Length > MaxPatternChars || pattern.Contains('\n', StringComparison.Ordinal))
        {
            problem = $"a pattern is 1-{MaxPatternChars} characters on one line";
            return null;
        }

        if (CountedRepeats.FirstTooLarge(pattern) is { } repeat)
        {
            problem = $"'{pattern}' repeats '{repeat}' times; the linear-time engine slows down with large counts, so keep a range's upper bound at "
                + $"{CountedRepeats.MaxRange} or less, an exact count at {CountedRepeats.MaxExact} or less, and write + or * instead of {{n,}}";
            return null;
        }

        try
        {
            var regex = new Regex(pattern, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, MatchTimeout);
            if (regex.IsMatch(""))
            {
                problem = $"'{pattern}' matches empty text; it must match the secret itself";
                return null;
            }

            if (CostProbe.Exceeds(regex, probeBudget) is { } cost)
            {
                problem = $"'{pattern}' {cost} on a {CostProbe.Text.Length}-character sample (limit {probeBudget.TotalMilliseconds:0} ms); "
                    + "simplify it: fewer alternatives, shorter or no nested repeats, a literal prefix";
                return null;
            }

            return regex;
        }
        catch (NotSupportedException)
        {
            problem = $"'{pattern}' uses a construct the linear-time engine refuses (backreferences, lookarounds, atomic groups)";
        }
        catch (ArgumentException e)
        {
            problem = $"'{pattern}' is not a valid regular expression ({e.Message.Split(" - ")[^1].TrimEnd('.')})";
        }

        return null;
    }
}
