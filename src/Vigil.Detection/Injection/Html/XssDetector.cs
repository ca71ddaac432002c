using System.Buffers;
using Vigil.Detection.Injection.Script;

namespace Vigil.Detection.Injection.Html;

/// <summary>
/// Cross-site scripting by tokenizing, not by pattern. The value is read as HTML would read it in each
/// place it could be echoed: page text, a double- or single-quoted attribute value, an unquoted attribute
/// value, a script string literal, and a link target. It is an attack when, in some place, it creates
/// markup or script that executes: a script element, an event handler, a script or active data URL, a CSS
/// expression, an iframe document, or a script-string breakout that calls something. Markup that merely
/// formats ("use the &lt;b&gt; tag", "x &lt; y and y &gt; z", "&lt;3") is not.
/// </summary>
public static class XssDetector
{
    internal const string ScriptBreakout = "script-breakout";
    internal const string ScriptExpression = "script-expression";

    private const int MaxStarts = 32;

    private static readonly SearchValues<char> Relevant = SearchValues.Create("<'\"`(=:");

    // Relevant, plus what can start a legacy reading: one vectorised scan decides for most ordinary values.
    private static readonly SearchValues<char> RelevantOrLegacy = SearchValues.Create("<'\"`(=:\0+\u00BC\\&");

    /// <summary>Judges one value. Never throws; allocates nothing for ordinary text.</summary>
    public static InjectionVerdict Analyze(ReadOnlySpan<char> value)
    {
        if (!value.ContainsAny(RelevantOrLegacy))
        {
            return InjectionVerdict.Clean;
        }

        InjectionVerdict verdict = AnalyzeAsRead(value);
        if (verdict.IsAttack || !LegacyReading.Applies(value))
        {
            return verdict;
        }

        // The same judgement on the value as an older browser would read it (NULs dropped, UTF-7, 7-bit).
        char[] rented = ArrayPool<char>.Shared.Rent(value.Length);
        try
        {
            int length = LegacyReading.Rewrite(value, rented);
            return AnalyzeAsRead(rented.AsSpan(0, length));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(rented);
        }
    }

    private static InjectionVerdict AnalyzeAsRead(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty || !value.ContainsAny(Relevant))
        {
            return InjectionVerdict.Clean;
        }

        if (value.Contains('<') && Markup(value, 0) is { } markup)
        {
            return Verdict(markup, InjectionContext.Raw);
        }

        foreach (char quote in "\"'")
        {
            int at = value.IndexOf(quote);
            if (at >= 0 && AfterAttributeBreakout(value, at + 1) is { } attribute)
            {
                return Verdict(attribute, quote == '"' ? InjectionContext.DoubleQuoted : InjectionContext.SingleQuoted);
            }
        }

        if (UnquotedAttribute(value) is { } unquoted)
        {
            return Verdict(unquoted, InjectionContext.UnquotedAttribute);
        }

        if (ScriptString(value))
        {
            return Verdict(ScriptBreakout, InjectionContext.Script);
        }

        if (ScriptUrl.IsDangerousLink(value) || EmbeddedScriptUrl.Contains(value))
        {
            return Verdict(XssTagJudge.ScriptUrlReason, InjectionContext.Url);
        }

        return value.Contains('(') || value.Contains('`') || value.Contains('=')
            ? JsFragment.Read(value).Executes ? Verdict(ScriptExpression, InjectionContext.Script) : InjectionVerdict.Clean
            : InjectionVerdict.Clean;
    }

    /// <summary>Page-text context: every tag the value opens. Also used for <c>srcdoc</c> documents.</summary>
    internal static string? Markup(ReadOnlySpan<char> value, int nesting)
    {
        Span<int> read = stackalloc int[MaxStarts];
        return Scan(new HtmlTokenizer(value), nesting, int.MaxValue, read, out int count) ??
               InnerTags(value, nesting, read[..count]) ??
               MarkupDirectives.Judge(value);
    }

    // HTML5 reads "<img onerror=…>" inside an attribute value, a comment or a title as text. But the value does
    // not choose where it lands: a filter that strips the outer tag, a page that decodes the attribute into
    // innerHTML, or an older parser (IE's "<! '=…>") turns it into markup. So every "<" + letter also starts
    // a tag of its own. Tags the first pass already read (their '<' positions) are not read again.
    // Bounded: at most MaxStarts starts, each reading at most Window characters.
    private static string? InnerTags(ReadOnlySpan<char> value, int nesting, ReadOnlySpan<int> alreadyRead)
    {
        const int Window = 1024;
        int from = 0;
        int skip = 0;
        for (int starts = 0; starts < MaxStarts && from < value.Length;)
        {
            int lt = value[from..].IndexOf('<');
            if (lt < 0)
            {
                return null;
            }

            int at = from + lt;
            from = at + 1;
            while (skip < alreadyRead.Length && alreadyRead[skip] < at)
            {
                skip++;
            }

            if (skip < alreadyRead.Length && alreadyRead[skip] == at)
            {
                continue;
            }

            if (at + 1 < value.Length && char.IsAsciiLetter(value[at + 1]))
            {
                starts++;
                ReadOnlySpan<char> window = value[at..Math.Min(value.Length, at + Window)];
                if (Scan(new HtmlTokenizer(window), nesting, 1, default, out _) is { } reason)
                {
                    return reason;
                }
            }
        }

        return null;
    }

    // Reads up to maxTags tags; records where the first ones began (their '<') in read.
    private static string? Scan(HtmlTokenizer html, int nesting, int maxTags, Span<int> read, out int count)
    {
        count = 0;
        for (int tags = 0; tags < maxTags && html.NextStartTag(out HtmlTag tag); tags++)
        {
            if (count < read.Length)
            {
                read[count++] = tag.NameStart - 1;
            }

            ReadOnlySpan<char> name = html.Slice(tag.NameStart, tag.NameLength);
            string? reason = XssTagJudge.Attributes(ref html, name, synthetic: false, nesting, out bool hasSource);
            if (reason is not null)
            {
                return reason;
            }

            if (XssTagJudge.IsRawText(name))
            {
                // A tag cut off by the end of the value is closed by the page's own markup that follows.
                ReadOnlySpan<char> content = html.RawText(name);
                reason = XssTagJudge.RawText(name, content, hasSource, html.RawTextClosed);
                if (reason is not null)
                {
                    return reason;
                }
            }
        }

        return null;
    }

    // The value closed an attribute value: what follows are more attributes of the same tag, then page text.
    private static string? AfterAttributeBreakout(ReadOnlySpan<char> value, int start)
    {
        var html = new HtmlTokenizer(value, start);
        string? reason = XssTagJudge.Attributes(ref html, "input", synthetic: true, 0, out _);
        return reason ?? (html.TagClosed ? Scan(html, 0, int.MaxValue, default, out _) : null);
    }

    // The value sits in an unquoted attribute value: the first whitespace ends it.
    private static string? UnquotedAttribute(ReadOnlySpan<char> value)
    {
        int space = value.IndexOfAny(" \t\n\r\f");
        if (space < 0 || value[space..].IndexOf('=') < 0)
        {
            return null;
        }

        var html = new HtmlTokenizer(value, space);
        return XssTagJudge.Attributes(ref html, "input", synthetic: true, 0, out _);
    }

    // The value sits inside a script string literal: '-alert(1)-', ";alert(1)//, \';alert(1)//.
    private static bool ScriptString(ReadOnlySpan<char> value)
    {
        bool backslash = value.Contains('\\');
        foreach (char quote in "'\"`")
        {
            if (!value.Contains(quote))
            {
                continue;
            }

            if (Breaks(JsFragment.Read(value, quote)) || (backslash && Breaks(JsFragment.Read(value, quote, backslashEscapes: false))))
            {
                return true;
            }
        }

        return false;

        // A call alone is not enough unless the fragment also hands the rest of the host script back cleanly.
        static bool Breaks(JsReading r) =>
            r.Breakout && (r.Executes || (r.Acts && (r.EndsInComment || r.EndsInHostString)));
    }

    private static InjectionVerdict Verdict(string reason, InjectionContext context) => new(InjectionKind.Xss, reason, context);
}
