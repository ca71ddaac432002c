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
    public const string DataBinding = "data-binding";
    public const string Behavior = "behavior";
    public const string ScriptEntity = "script-entity";
    public const string CssInjection = "css-injection";

    private const int MaxNesting = 2;

    /// <summary>Reads the attributes of the tag the tokenizer is in; returns a reason or null.</summary>
    public static string? Attributes(ref HtmlTokenizer html, ReadOnlySpan<char> tagName, bool synthetic, int nesting, out bool hasSource)
    {
        string? reason = null;
        hasSource = false;
        bool scriptType = false;
        bool refresh = false;
        bool importsBehavior = false;
        while (html.NextAttribute(out HtmlAttribute a))
        {
            ReadOnlySpan<char> name = html.Slice(a.NameStart, a.NameLength);
            ReadOnlySpan<char> value = html.Slice(a.ValueStart, a.ValueLength);
            reason ??= Attribute(name, value, a.HasValue, tagName, synthetic, nesting);
            hasSource |= a.HasValue && !value.Trim().IsEmpty && IsSourceAttribute(name);

            // <style type="text/javascript"> ran as script in Netscape; treat it as a script element.
            scriptType |= name.Equals("type", StringComparison.OrdinalIgnoreCase) && value.Contains("script", StringComparison.OrdinalIgnoreCase);
            refresh |= name.Equals("http-equiv", StringComparison.OrdinalIgnoreCase) && IsAny(value.Trim(), "refresh", "link", "set-cookie");
            importsBehavior |= a.HasValue && name.Equals("implementation", StringComparison.OrdinalIgnoreCase);
        }

        if (reason is not null || synthetic)
        {
            return reason;
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

        // SVG 1.2 / XML Events: <handler ev:event="load">alert(1)</handler> is a script element.
        if (tagName.Equals("handler", StringComparison.OrdinalIgnoreCase) && JsFragment.Read(content.Trim()).Acts)
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

    private static bool IsProse(ReadOnlySpan<char> content) =>
        !content.Trim().IsEmpty && !content.ContainsAny(ScriptSyntax);

    private static readonly System.Buffers.SearchValues<char> ScriptSyntax = System.Buffers.SearchValues.Create("()[]{}=;<>\\/`\"'+");

    public static bool IsRawText(ReadOnlySpan<char> tagName) =>
        IsAny(LocalName(tagName), "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "noscript", "handler");

    public static bool IsSourceAttribute(ReadOnlySpan<char> name) =>
        IsAny(name, "src", "href", "data", "code", "codebase", "archive", "xlink:href", "movie", "srcdoc", "classid");

    private static string? Attribute(
        ReadOnlySpan<char> name, ReadOnlySpan<char> value, bool hasValue, ReadOnlySpan<char> tagName, bool synthetic, int nesting)
    {
        if (!hasValue || value.Trim().IsEmpty)
        {
            return null;
        }

        // Netscape 4 evaluated &{…}; inside attribute values as script (<img src=&{alert(1)};>).
        if (!synthetic && NetscapeEntity(value))
        {
            return ScriptEntity;
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
        else if (LooksLikeHandler(LocalName(name)) ||
                 (name.Equals("attributename", StringComparison.OrdinalIgnoreCase) && LooksLikeHandler(value.Trim())))
        {
            // In a tag the value really opened, any on* attribute (also namespaced: WML's x:ontimer) is a handler
            // or a probe for one (<x onxxx=1>), and SVG animation can set one (<set attributeName=onmouseover to=…>).
            return EventHandler;
        }
        else if (HandlerInValue(value))
        {
            // <img src= onmouseover="alert(1)">: legacy parsers ended the empty value at the space.
            return EventHandler;
        }
        else if (name.Equals("datasrc", StringComparison.OrdinalIgnoreCase))
        {
            // IE data binding: <span datasrc=#xml datafld=x dataformatas=html> renders markup from a data island.
            return DataBinding;
        }

        if (name.Equals("style", StringComparison.OrdinalIgnoreCase))
        {
            return CssRisk.IsDangerous(value) ? CssExpression : !synthetic && CssBreakout.InDeclarations(value) ? CssInjection : null;
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

        // A base64 data URL of a harmless-looking type that holds markup which runs (x-x509-user-cert, text/plain).
        if (url == ScriptUrl.Kind.None && nesting < MaxNesting && IsSourceAttribute(name) &&
            ScriptUrl.Base64Body(value) is { } document && XssDetector.Markup(document, nesting + 1) is not null)
        {
            return DataUrl;
        }

        // A style sheet given as a data URL (<link href=data:,*{x:expression(…)}>, <?xml-stylesheet href=…?>).
        if (url == ScriptUrl.Kind.None && IsSourceAttribute(name) && value.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase) &&
            CssRisk.IsDangerous(value.TrimStart()[5..]))
        {
            return CssExpression;
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

    private static bool NetscapeEntity(ReadOnlySpan<char> value)
    {
        int open = value.IndexOf("&{", StringComparison.Ordinal);
        return open >= 0 && value[(open + 2)..].Contains('}');
    }

    private static bool HandlerInValue(ReadOnlySpan<char> value)
    {
        int eq = value.IndexOf('=');
        return eq > 0 && LooksLikeHandler(value[..eq]) && EventHandlerNames.IsHandler(value[..eq]) &&
               JsFragment.Read(value[(eq + 1)..].Trim("\"'`")).Acts;
    }

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
