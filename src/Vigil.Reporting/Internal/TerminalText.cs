using System.Text;
using Spectre.Console;

namespace Vigil.Reporting.Internal;

/// <summary>
/// Makes captured text safe to print. Evidence comes from requests an attacker sent, so an ESC byte in it could
/// drive the user's terminal; control characters are shown as <c>\u001b</c> and Spectre markup is escaped.
/// </summary>
internal static class TerminalText
{
    public static string Markup(string? value) => Spectre.Console.Markup.Escape(Visible(value));

    public static string Visible(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        StringBuilder? safe = null;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!char.IsControl(c))
            {
                safe?.Append(c);
                continue;
            }

            safe ??= new StringBuilder(value, 0, i, value.Length + 16);
            safe.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => $"\\u{(int)c:x4}",
            });
        }

        return safe?.ToString() ?? value;
    }

    public static string Colour(Core.Findings.ThreatLevel threat) => threat switch
    {
        Core.Findings.ThreatLevel.High => "red",
        Core.Findings.ThreatLevel.Medium => "yellow",
        Core.Findings.ThreatLevel.Low => "deepskyblue1",
        _ => "grey",
    };
}
