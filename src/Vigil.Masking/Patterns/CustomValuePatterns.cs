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

    private readonly Regex[] _regexes;

    private CustomValuePatterns(Regex[] regexes) => _regexes = regexes;

    public int Count => _regexes.Length;

    /// <summary>The compiled patterns (null when there are none) and every problem at once, each naming its pattern's position.</summary>
    public static (CustomValuePatterns? Patterns, IReadOnlyList<string> Problems) Compile(IReadOnlyList<string> patterns)
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
            if (Compile(patterns[i], out var problem) is { } regex)
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
        foreach (var regex in _regexes)
        {
            foreach (var match in regex.EnumerateMatches(text))
            {
                redactions.Add(match.Index, match.Index + match.Length);
            }
        }
    }

    private static Regex? Compile(string? pattern, out string problem)
    {
        problem = "";
        if (string.IsNullOrEmpty(pattern) || pattern.Length > MaxPatternChars || pattern.Contains('\n', StringComparison.Ordinal))
        {
            problem = $"a pattern is 1-{MaxPatternChars} characters on one line";
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
