using System.Text;

namespace Vigil.Reporting.Internal;

/// <summary>Markdown escaping. Evidence is attacker-controlled text, so it must not break a table or inject links.</summary>
internal static class MarkdownText
{
    /// <summary>For a table cell: pipes escaped, newlines flattened, markup characters escaped.</summary>
    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var text = new StringBuilder(value.Length + 8);
        foreach (var c in value)
        {
            switch (c)
            {
                case '\r':
                    break;
                case '\n':
                    text.Append("<br>");
                    break;
                case '|' or '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' or '#':
                    text.Append('\\').Append(c);
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Inline code that survives backticks inside the value.</summary>
    public static string Code(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var flat = value.Replace("\r", "", StringComparison.Ordinal).Replace('\n', ' ').Replace("|", "\\|", StringComparison.Ordinal);
        // GFM ends inline code at the first run of backticks as long as the opening one; two plus padding survives one.
        return flat.Contains('`', StringComparison.Ordinal) ? $"`` {flat} ``" : $"`{flat}`";
    }

    /// <summary>An anchor-safe file name for a rule id.</summary>
    public static string FileName(string id) =>
        string.Concat(id.Select(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' ? c : '-')) + ".md";
}
