using Vigil.Masking.Patterns;

namespace Vigil.Masking.Text;

/// <summary>
/// Marks the value after a sensitive name's separator and says where scanning resumes. Unquoted values resume at
/// their own start, so a pair hidden inside a mis-delimited value (<c>token= &lt;Secret&gt;x&lt;/Secret&gt;</c>) is
/// still found; the ends it has already computed are remembered, which keeps that linear on
/// <c>password=password=...</c>.
/// </summary>
internal struct ValueMarker
{
    private const int MaxSpaces = 16;

    // Bracketed secrets are short; a longer search would make "password=&lt;password=&lt;..." quadratic.
    private const int MaxBracketed = 256;

    private int _bareStart;
    private int _bareEnd;
    private int _lineStart;
    private int _lineEnd;

    /// <summary>Marks the value that starts at <paramref name="start"/>; returns where scanning continues.</summary>
    public int Mark(ReadOnlySpan<char> text, int start, bool toEndOfLine, bool jsonish, ref Redactions redactions)
    {
        var v = start;
        if (v < text.Length && text[v] == '>' && text[v - 1] == '=')
        {
            // Ruby and PHP hashes: password => "x".
            v++;
        }

        var afterArrow = v;
        while (v < text.Length && v - afterArrow < MaxSpaces && text[v] is ' ' or '\t')
        {
            v++;
        }

        if (v >= text.Length)
        {
            return v;
        }

        switch (text[v])
        {
            case '"' or '\'':
                var close = TextSpans.FindClosingQuote(text, v);
                redactions.Add(v + 1, close < 0 ? text.Length : close);
                return close < 0 ? text.Length : close + 1;
            case '{' or '[' when jsonish:
                var end = TextSpans.EndOfBalanced(text, v);
                redactions.Add(v, end);
                return end;
            case '<' or '(' or '[' or '{':
                // password=<hunter2>, token=[abc]: mask inside the brackets. Resume at the bracket itself, which
                // may open an element (token= <Secret>x</Secret>).
                var closer = FindCloser(text, v);
                redactions.Add(v + 1, closer > 0 ? closer : toEndOfLine ? EndOfLine(text, v + 1) : EndOfBareValue(text, v + 1));
                return v;
        }

        redactions.Add(v, toEndOfLine ? EndOfLine(text, v) : EndOfBareValue(text, v));
        return v;
    }

    private static int FindCloser(ReadOnlySpan<char> text, int open)
    {
        var closer = text[open] switch { '<' => '>', '(' => ')', '[' => ']', _ => '}' };
        var window = text[(open + 1)..Math.Min(text.Length, open + 1 + MaxBracketed)];
        var close = window.IndexOfAny(closer, '\n');
        return close >= 0 && window[close] == closer ? open + 1 + close : -1;
    }

    private int EndOfBareValue(ReadOnlySpan<char> text, int v)
    {
        if (v < _bareStart || v >= _bareEnd)
        {
            _bareStart = v;
            _bareEnd = TextSpans.EndOfBareValue(text, v);
        }

        return _bareEnd;
    }

    private int EndOfLine(ReadOnlySpan<char> text, int v)
    {
        if (v < _lineStart || v >= _lineEnd)
        {
            _lineStart = v;
            _lineEnd = TextSpans.EndOfLine(text, v);
        }

        return _lineEnd;
    }
}
