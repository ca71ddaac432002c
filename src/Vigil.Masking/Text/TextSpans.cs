using System.Buffers;

namespace Vigil.Masking.Text;

/// <summary>Where a value that starts at a given index ends, for the value shapes free text uses.</summary>
internal static class TextSpans
{
    private static readonly SearchValues<char> BareTerminators = SearchValues.Create(" \t\r\n\f\v&;,\"'<>)]}\\");

    /// <summary>Index of the quote closing the string opened at <paramref name="open"/>, honouring backslash escapes; -1 when cut off.</summary>
    public static int FindClosingQuote(ReadOnlySpan<char> text, int open)
    {
        var quote = text[open];
        for (var i = open + 1; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\\')
            {
                i++;
            }
            else if (c == quote)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Index just past the bracket closing the object or array opened at <paramref name="open"/>, or the text's end.</summary>
    public static int EndOfBalanced(ReadOnlySpan<char> text, int open)
    {
        var depth = 0;
        for (var i = open; i < text.Length; i++)
        {
            switch (text[i])
            {
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    if (--depth == 0)
                    {
                        return i + 1;
                    }

                    break;
                case '"' or '\'':
                    var close = FindClosingQuote(text, i);
                    if (close < 0)
                    {
                        return text.Length;
                    }

                    i = close;
                    break;
            }
        }

        return text.Length;
    }

    public static int EndOfLine(ReadOnlySpan<char> text, int start)
    {
        var end = text[start..].IndexOfAny('\r', '\n');
        return end < 0 ? text.Length : start + end;
    }

    /// <summary>End of an unquoted value such as <c>password=hunter2</c> in a query, cookie or connection string.</summary>
    public static int EndOfBareValue(ReadOnlySpan<char> text, int start)
    {
        var end = text[start..].IndexOfAny(BareTerminators);
        return end < 0 ? text.Length : start + end;
    }
}
