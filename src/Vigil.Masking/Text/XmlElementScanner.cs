using Vigil.Masking.Names;
using Vigil.Masking.Patterns;

namespace Vigil.Masking.Text;

/// <summary>
/// <c>&lt;password&gt;hunter2&lt;/password&gt;</c>: the whole content of a sensitive element is masked, children and
/// CDATA included, through its closing tag or to the end of a truncated text. Attributes are left to the
/// <c>name="value"</c> rule of <see cref="KeyValueScanner"/>.
/// </summary>
internal static class XmlElementScanner
{
    private const int MaxNameLength = 128;

    // Start tags with many attributes are still short; the bound keeps "<a <a <a ..." linear.
    private const int MaxTagLength = 1024;

    /// <summary>Handles the <c>&lt;</c> at <paramref name="open"/> and returns where scanning continues.</summary>
    /// <remarks>
    /// Scanning resumes after the start tag's name, not after the masked content: a start tag that never closes
    /// (a damaged document) can swallow a pair the key/value scan must still see. <paramref name="maskedUntil"/>
    /// remembers how far content is already masked, so nested elements do not search for end tags again.
    /// </remarks>
    public static int Scan(ReadOnlySpan<char> text, int open, SensitiveNames names, ref Redactions redactions, ref int maskedUntil)
    {
        var nameStart = open + 1;
        var nameEnd = nameStart;
        while (nameEnd < text.Length && nameEnd - nameStart < MaxNameLength && IsXmlNameChar(text[nameEnd]))
        {
            nameEnd++;
        }

        var name = text[nameStart..nameEnd];
        if (name.IsEmpty || !char.IsLetter(name[0]) && name[0] != '_' || !names.IsSensitive(name))
        {
            return nameStart;
        }

        var tagWindow = text[nameEnd..Math.Min(text.Length, nameEnd + MaxTagLength)];
        var close = tagWindow.IndexOfAny('>', '<');
        if (close < 0 || tagWindow[close] == '<' || (close > 0 && tagWindow[close - 1] == '/'))
        {
            // Not a start tag we can see the end of, or self-closing: nothing between tags to mask.
            return nameEnd;
        }

        var contentStart = nameEnd + close + 1;
        if (contentStart < maskedUntil)
        {
            return nameEnd;
        }

        var contentEnd = FindEndTag(text[contentStart..], name);
        contentEnd = contentEnd < 0 ? text.Length : contentStart + contentEnd;
        redactions.Add(contentStart, contentEnd);
        maskedUntil = contentEnd;
        return nameEnd;
    }

    private static int FindEndTag(ReadOnlySpan<char> content, ReadOnlySpan<char> name)
    {
        Span<char> endTag = stackalloc char[name.Length + 2];
        endTag[0] = '<';
        endTag[1] = '/';
        name.CopyTo(endTag[2..]);
        return content.IndexOf(endTag, StringComparison.Ordinal);
    }

    private static bool IsXmlNameChar(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' or ':' || c > 0x7F && char.IsLetter(c);
}
