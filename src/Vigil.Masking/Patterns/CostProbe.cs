using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace Vigil.Masking.Patterns;

/// <summary>
/// Runs a custom pattern over a fixed text of printable ASCII at save time, so a pattern that is slow in the
/// linear-time engine (nested or wide repeats multiply its states) is refused before it reaches the ingest path.
/// </summary>
internal static class CostProbe
{
    /// <summary>Pseudo-random printable ASCII: every character class a pattern may name turns up, as in real bodies.</summary>
    public static readonly string Text = Build(CustomValuePatterns.MaxScannedChars);

    /// <summary>How the pattern went over budget, in words, or null when it stayed under.</summary>
    public static string? Exceeds(Regex regex, TimeSpan budget)
    {
        try
        {
            // The first pass builds the engine's states (bounded by the match timeout); the warm passes are what
            // every event pays, and the better of two ignores one unlucky pause on a loaded machine.
            regex.Count(Text);
            var best = TimeSpan.MaxValue;
            for (var pass = 0; pass < 2; pass++)
            {
                var watch = Stopwatch.StartNew();
                regex.Count(Text);
                best = watch.Elapsed < best ? watch.Elapsed : best;
            }

            return best > budget ? $"took {best.TotalMilliseconds:0.#} ms" : null;
        }
        catch (RegexMatchTimeoutException)
        {
            return $"ran past the {regex.MatchTimeout.TotalMilliseconds:0} ms match timeout";
        }
    }

    private static string Build(int length)
    {
        var text = new StringBuilder(length);
        var state = 12345u;
        while (text.Length < length)
        {
            state = unchecked((state * 1103515245) + 12345);
            text.Append((char)(' ' + ((state >> 16) % 95)));
        }

        return text.ToString();
    }
}
