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
    public const string DataBinding = "data-binding";
    public const string Behavior = "behavior";
    public const string ScriptEntity = "script-entity";
    public const string CssInjection = "css-injection";

    public const int MaxNesting = 2;

    private const string XmlEventsNamespace = "w3.org/2001/xml-events";

    /// <summary>Reads the attributes of the tag the tokenizer is in; returns a reason or null.</summary>
    public static string? Attributes(ref HtmlTokenizer html, ReadOnlySpan<char> tagName, bool synthetic, int nesting, out bool hasSource)
    {
        string? reason = null;
        hasSource = false;
        bool scriptType = false;
        bool refresh = false;
        bool importsBehavior = false;
        bool xmlEvent = false;
        bool xmlHandler = false;
        bool xmlEventsNamespace = false;
        while (html.NextAttribute(out HtmlAttribute a))
        {
            ReadOnlySpan<char> name = html.Slice(a.NameStart, a.NameLength);
            ReadOnlySpan<char> value = html.Slice(a.ValueStart, a.ValueLength);
            reason ??= XssAttributeJudge.Judge(name, value, a.HasValue, tagName, synthetic, nesting);
            hasSource |= a.HasValue && !value.Trim().IsEmpty && IsSourceAttribute(name);

            // <style type="text/javascript"> ran as script in Netscape; treat it as a script element.
            scriptType |= name.Equals("type", StringComparison.OrdinalIgnoreCase) && value.Contains("script", StringComparison.OrdinalIgnoreCase);
            refresh |= name.Equals("http-equiv", StringComparison.OrdinalIgnoreCase) && IsAny(value.Trim(), "refresh", "link", "set-cookie");
            importsBehavior |= a.HasValue && name.Equals("implementation", StringComparison.OrdinalIgnoreCase);
            xmlEvent |= a.HasValue && LocalName(name).Equals("event", StringComparison.OrdinalIgnoreCase);
            xmlHandler |= a.HasValue && LocalName(name).Equals("handler", StringComparison.OrdinalIgnoreCase);
            xmlEventsNamespace |= a.HasValue && value.Contains(XmlEventsNamespace, StringComparison.OrdinalIgnoreCase);
        }

        if (reason is not null || synthetic)
        {
            return reason;
        }

        // XML Events: ev:event="load" with ev:handler="…" (or a <listener>) binds a script handler to the element.
        if (xmlEvent && xmlHandler && xmlEventsNamespace)
        {
            return EventHandler;
        }

        // IE's <?import implementation=…> (and <import> in XML) binds an HTML component, i.e. script, to a namespace.
        if (importsBehavior && LocalName(tagName).TrimStart('?').Equals("import", StringComparison.OrdinalIgnoreCase))
        {
            return Behavior;
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

        // SVG 1.2 / XML Events: <handler ev:event="load">alert(1)</handler> is a script element. An XML
        // <handler> is also a common configuration word, so only content that reaches a sink counts.
        if (tagName.Equals("handler", StringComparison.OrdinalIgnoreCase) && JsFragment.Read(content.Trim()).Executes)
        {
            return ScriptTag;
        }

        if (tagName.Equals("style", StringComparison.OrdinalIgnoreCase) && CssRisk.IsDangerous(content))
        {
            return content.Contains("@import", StringComparison.OrdinalIgnoreCase) ? StyleImport : CssExpression;
        }

        if (tagName.Equals("style", StringComparison.OrdinalIgnoreCase) && CssBreakout.InRules(content))
        {
            return CssInjection;
        }

        return null;
    }

    // Prose, possibly followed by the page's end tags ("the <script> tag is blocked</textarea>"): a script element
    // holding it is a syntax error, so nothing runs.
    private static bool IsProse(ReadOnlySpan<char> content)
    {
        if (content.Trim().IsEmpty)
        {
            return false;
        }

        for (int i = 0; i < content.Length;)
        {
            int at = content[i..].IndexOfAny(ScriptSyntax);
            if (at < 0)
            {
                return true;
            }

            int endTag = EndTagLength(content[(i + at)..]);
            if (endTag == 0)
            {
                return false;
            }

            i += at + endTag;
        }

        return true;
    }

    private static int EndTagLength(ReadOnlySpan<char> s)
    {
        if (s.Length < 4 || s[0] != '<' || s[1] != '/' || !char.IsAsciiLetter(s[2]))
        {
            return 0;
        }

        int i = 3;
        while (i < s.Length && char.IsAsciiLetterOrDigit(s[i]))
        {
            i++;
        }

        return i < s.Length && s[i] == '>' ? i + 1 : 0;
    }

    private static readonly System.Buffers.SearchValues<char> ScriptSyntax = System.Buffers.SearchValues.Create("()[]{}=;<>\\/`\"'+");

    public static bool IsRawText(ReadOnlySpan<char> tagName) =>
        IsAny(LocalName(tagName), "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "handler");

    public static bool IsSourceAttribute(ReadOnlySpan<char> name) =>
        IsAny(name, "src", "href", "data", "code", "codebase", "archive", "xlink:href", "movie", "srcdoc", "classid");

    public static ReadOnlySpan<char> LocalName(ReadOnlySpan<char> tagName) => tagName[(tagName.LastIndexOf(':') + 1)..];

    public static bool IsAny(ReadOnlySpan<char> name, params ReadOnlySpan<string> options)
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
