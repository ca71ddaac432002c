using Vigil.Detection.Inputs.Decoding;
using Vigil.Detection.Injection.Script;

namespace Vigil.Detection.Injection.Html;

/// <summary>
/// Decides whether one tag (and, for raw-text elements, its content) would run script. A tag the value
/// created for real gets the plain rules; attributes that only exist because the value broke out of an
/// attribute (a "synthetic" tag) must also carry script that does something, since prose can contain
/// <c>" onload=</c> by accident but not <c>" onload=alert(1)</c>.
/// </summary>
internal static class XssTagJudge
{
    public const string ScriptTag = "script-tag";
    public const string EventHandler = "event-handler";
    public const string ScriptUrlReason = "script-url";
    public const string DataUrl = "data-url";
    public const string CssExpression = "css-expression";
    public const string IframeSrcdoc = "iframe-srcdoc";
    public const string EmbeddedContent = "embedded-content";
    public const string BaseHref = "base-href";
    public const string MetaRefresh = "meta-refresh";
    public const string StyleImport = "style-import";

    private const int MaxNesting = 2;

    /// <summary>Reads the attributes of the tag the tokenizer is in; returns a reason or null.</summary>
    public static string? Attributes(ref HtmlTokenizer html, ReadOnlySpan<char> tagName, bool synthetic, int nesting, out bool hasSource)
    {
        string? reason = null;
        hasSource = false;
        bool scriptType = false;
        bool refresh = false;
        while (html.NextAttribute(out HtmlAttribute a))
        {
            ReadOnlySpan<char> name = html.Slice(a.NameStart, a.NameLength);
            ReadOnlySpan<char> value = html.Slice(a.ValueStart, a.ValueLength);
            reason ??= Attribute(name, value, a.HasValue, tagName, synthetic, nesting);
            hasSource |= a.HasValue && !value.Trim().IsEmpty && IsSourceAttribute(name);

            // <style type="text/javascript"> ran as script in Netscape; treat it as a script element.
            scriptType |= name.Equals("type", StringComparison.OrdinalIgnoreCase) && value.Contains("script", StringComparison.OrdinalIgnoreCase);
            refresh |= name.Equals("http-equiv", StringComparison.OrdinalIgnoreCase) && IsAny(value.Trim(), "refresh", "link", "set-cookie");
        }

        if (reason is not null || synthetic)
        {
            return reason;
        }

        // Reported through hasSource: a script type makes the element's content script.
        hasSource |= scriptType && LocalName(tagName).Equals("style", StringComparison.OrdinalIgnoreCase);

        if (hasSource && IsAny(tagName, "iframe", "frame", "embed", "object", "applet", "xml", "layer", "ilayer", "link"))
        {
            return EmbeddedContent;
        }

        if (hasSource && tagName.Equals("base", StringComparison.OrdinalIgnoreCase))
        {
            return BaseHref;
        }

        return refresh && tagName.Equals("meta", StringComparison.OrdinalIgnoreCase) ? MetaRefresh : null;
    }

    /// <summary>Judges the content of a raw-text element (script, style) the value opened.</summary>
    public static string? RawText(ReadOnlySpan<char> tagName, ReadOnlySpan<char> content, bool hasSource, bool closed)
    {
        // XHTML in an XML context: <x:script xmlns:x="http://www.w3.org/1999/xhtml"> is a script element.
        tagName = LocalName(tagName);
        if (tagName.Equals("style", StringComparison.OrdinalIgnoreCase) && hasSource)
        {
            return ScriptTag;
        }

        if (tagName.Equals("script", StringComparison.OrdinalIgnoreCase))
        {
            // Any script element runs, whatever its content; only an unclosed mention of the tag followed by
            // prose ("use the <script> tag") is left alone, because it carries no script syntax at all.
            return hasSource || closed || !IsProse(content) ? ScriptTag : null;
        }

        if (tagName.Equals("style", StringComparison.OrdinalIgnoreCase) && CssRisk.IsDangerous(content))
        {
            return content.Contains("@import", StringComparison.OrdinalIgnoreCase) ? StyleImport : CssExpression;
        }

        return null;
    }

    private static bool IsProse(ReadOnlySpan<char> content) =>
        !content.Trim().IsEmpty && !content.ContainsAny(ScriptSyntax);

    private static readonly System.Buffers.SearchValues<char> ScriptSyntax = System.Buffers.SearchValues.Create("()[]{}=;<>\\/`\"'+");

    public static bool IsRawText(ReadOnlySpan<char> tagName) =>
        IsAny(LocalName(tagName), "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript");

    public static bool IsSourceAttribute(ReadOnlySpan<char> name) =>
        IsAny(name, "src", "href", "data", "code", "codebase", "archive", "xlink:href", "movie", "srcdoc");

    private static string? Attribute(
        ReadOnlySpan<char> name, ReadOnlySpan<char> value, bool hasValue, ReadOnlySpan<char> tagName, bool synthetic, int nesting)
    {
        if (!hasValue || value.Trim().IsEmpty)
        {
            return null;
        }

        if (value.Contains('&'))
        {
            // Browsers decode character references in attribute values before using them (jav&#x09;ascript:).
            (string decoded, bool changed) = HtmlEntityDecoder.Decode(value.ToString());
            if (changed)
            {
                return Attribute(name, decoded, hasValue, tagName, synthetic, nesting);
            }
        }

        if (synthetic)
        {
            // Prose can hold "onload=" by accident; a handler that calls or assigns something it cannot.
            if (EventHandlerNames.IsHandler(name))
            {
                return JsFragment.Read(value.TrimEnd("'\"`")).Acts ? EventHandler : null;
            }
        }
        else if (LooksLikeHandler(name) ||
                 (name.Equals("attributename", StringComparison.OrdinalIgnoreCase) && LooksLikeHandler(value.Trim())))
        {
            // In a tag the value really opened, any on* attribute is a handler or a probe for one
            // (<x onxxx=1>), and SVG animation can set one (<set attributeName=onmouseover to=…>).
            return EventHandler;
        }

        if (name.Equals("style", StringComparison.OrdinalIgnoreCase))
        {
            return CssRisk.IsDangerous(value) ? CssExpression : null;
        }

        if (name.Equals("srcdoc", StringComparison.OrdinalIgnoreCase) && nesting < MaxNesting)
        {
            return XssDetector.Markup(value, nesting + 1) is not null ? IframeSrcdoc : null;
        }

        ScriptUrl.Kind url = ScriptUrl.Classify(value, out int body);
        if (url == ScriptUrl.Kind.Script && !value[body..].Trim().IsEmpty)
        {
            return !synthetic || JsFragment.Read(value[body..]).Acts ? ScriptUrlReason : null;
        }

        if (url == ScriptUrl.Kind.Data && !tagName.Equals("img", StringComparison.OrdinalIgnoreCase))
        {
            return DataUrl;
        }

        // <meta content="0;url=javascript:…">, <animate values="javascript:…">.
        int embedded = value.IndexOf("script:", StringComparison.OrdinalIgnoreCase);
        if (embedded > 0 && IsAny(name, "content", "values", "to", "from", "by") && ScriptUrl.IsDangerous(value[FindSchemeStart(value, embedded)..]))
        {
            return ScriptUrlReason;
        }

        return null;
    }

    private static ReadOnlySpan<char> LocalName(ReadOnlySpan<char> tagName) => tagName[(tagName.LastIndexOf(':') + 1)..];

    private static bool LooksLikeHandler(ReadOnlySpan<char> name) =>
        name.Length >= 4 && (name[0] | 0x20) == 'o' && (name[1] | 0x20) == 'n' && char.IsAsciiLetter(name[2]) && char.IsAsciiLetter(name[3]);

    private static int FindSchemeStart(ReadOnlySpan<char> value, int colonWord)
    {
        int i = colonWord;
        while (i > 0 && char.IsAsciiLetter(value[i - 1]))
        {
            i--;
        }

        return i;
    }

    private static bool IsAny(ReadOnlySpan<char> name, params ReadOnlySpan<string> options)
    {
        foreach (string option in options)
        {
            if (name.Equals(option, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
