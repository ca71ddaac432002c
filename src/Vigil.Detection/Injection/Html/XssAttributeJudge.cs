using Vigil.Detection.Inputs.Decoding;
using Vigil.Detection.Injection.Script;

namespace Vigil.Detection.Injection.Html;

/// <summary>
/// Judges one attribute of a tag: event handlers, script and data URLs, style, srcdoc, legacy attributes that
/// load or run code. Values are entity-decoded first, as browsers do. In a synthetic tag (attributes that exist
/// only because the value broke out of one) a handler or script URL must also carry script that acts.
/// </summary>
internal static class XssAttributeJudge
{
    public static string? Judge(
        ReadOnlySpan<char> name, ReadOnlySpan<char> value, bool hasValue, ReadOnlySpan<char> tagName, bool synthetic, int nesting)
    {
        if (!hasValue || value.Trim().IsEmpty)
        {
            // <body onload!#$%&()*~+-_.,:;?@[/|\]^`=alert(1)>: Gecko ended the handler's name at the junk.
            return !synthetic && HandlerWithJunk(name) ? XssTagJudge.EventHandler : null;
        }

        // Netscape 4 evaluated &{…}; inside attribute values as script (<img src=&{alert(1)};>).
        if (!synthetic && NetscapeEntity(value))
        {
            return XssTagJudge.ScriptEntity;
        }

        if (value.Contains('&'))
        {
            // Browsers decode character references in attribute values before using them (jav&#x09;ascript:).
            (string decoded, bool changed) = HtmlEntityDecoder.Decode(value.ToString());
            if (changed)
            {
                return Judge(name, decoded, hasValue, tagName, synthetic, nesting);
            }
        }

        if (synthetic)
        {
            // Prose can hold "onload=" by accident; a handler that calls or assigns something it cannot.
            if (EventHandlerNames.IsHandler(name))
            {
                // A trailing quote may open a string the host's own closing quote ends: "onmouseover=alert(1);a=".
                return JsFragment.Read(value.TrimEnd("'\"`")).Acts || ClosedByHost(value) ? XssTagJudge.EventHandler : null;
            }
        }
        else if (LooksLikeHandler(XssTagJudge.LocalName(name)) ||
                 (name.Equals("attributename", StringComparison.OrdinalIgnoreCase) && LooksLikeHandler(value.Trim())))
        {
            // In a tag the value really opened, any on* attribute (also namespaced: WML's x:ontimer) is a handler
            // or a probe for one (<x onxxx=1>), and SVG animation can set one (<set attributeName=onmouseover to=…>).
            return XssTagJudge.EventHandler;
        }
        else if (HandlerInValue(value))
        {
            // <img src= onmouseover="alert(1)">: legacy parsers ended the empty value at the space.
            return XssTagJudge.EventHandler;
        }
        else if (name.Equals("datasrc", StringComparison.OrdinalIgnoreCase))
        {
            // IE data binding: <span datasrc=#xml datafld=x dataformatas=html> renders markup from a data island.
            return XssTagJudge.DataBinding;
        }

        if (name.Equals("style", StringComparison.OrdinalIgnoreCase))
        {
            return CssRisk.IsDangerous(value) ? XssTagJudge.CssExpression : !synthetic && CssBreakout.InDeclarations(value) ? XssTagJudge.CssInjection : null;
        }

        if (name.Equals("srcdoc", StringComparison.OrdinalIgnoreCase) && nesting < XssTagJudge.MaxNesting)
        {
            return XssDetector.Markup(value, nesting + 1) is not null ? XssTagJudge.IframeSrcdoc : null;
        }

        ScriptUrl.Kind url = ScriptUrl.Classify(value, out int body);
        if (url == ScriptUrl.Kind.Script && !value[body..].Trim().IsEmpty)
        {
            return !synthetic || JsFragment.Read(value[body..]).Acts ? XssTagJudge.ScriptUrlReason : null;
        }

        if (url == ScriptUrl.Kind.Data && !tagName.Equals("img", StringComparison.OrdinalIgnoreCase))
        {
            return XssTagJudge.DataUrl;
        }

        // A base64 data URL of a harmless-looking type that holds markup which runs (x-x509-user-cert, text/plain).
        if (url == ScriptUrl.Kind.None && nesting < XssTagJudge.MaxNesting && XssTagJudge.IsSourceAttribute(name) &&
            ScriptUrl.Base64Body(value) is { } document && XssDetector.Markup(document, nesting + 1) is not null)
        {
            return XssTagJudge.DataUrl;
        }

        // A style sheet given as a data URL (<link href=data:,*{x:expression(…)}>, <?xml-stylesheet href=…?>).
        if (url == ScriptUrl.Kind.None && XssTagJudge.IsSourceAttribute(name) && value.TrimStart().StartsWith("data:", StringComparison.OrdinalIgnoreCase) &&
            CssRisk.IsDangerous(value.TrimStart()[5..]))
        {
            return XssTagJudge.CssExpression;
        }

        // <meta content="0;url=javascript:…">, <animate values="javascript:…">.
        int embedded = value.IndexOf("script:", StringComparison.OrdinalIgnoreCase);
        if (embedded > 0 && XssTagJudge.IsAny(name, "content", "values", "to", "from", "by") && ScriptUrl.IsDangerous(value[FindSchemeStart(value, embedded)..]))
        {
            return XssTagJudge.ScriptUrlReason;
        }

        return null;
    }

    private static bool ClosedByHost(ReadOnlySpan<char> script)
    {
        const int MaxShort = 256;
        if (script.Length >= MaxShort || script[^1] is not ('"' or '\''))
        {
            return false;
        }

        Span<char> closed = stackalloc char[MaxShort];
        script.CopyTo(closed);
        closed[script.Length] = script[^1];
        return JsFragment.Read(closed[..(script.Length + 1)]).Acts;
    }

    private static bool HandlerWithJunk(ReadOnlySpan<char> name)
    {
        int end = name.IndexOfAnyExcept(Letters);
        return end > 4 && !char.IsAsciiDigit(name[end]) && EventHandlerNames.IsHandler(name[..end]);
    }

    private static readonly System.Buffers.SearchValues<char> Letters =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    // The entity is "&{" script "};" — the closing "};" is part of the syntax, so "a&{b}c" is text.
    private static bool NetscapeEntity(ReadOnlySpan<char> value)
    {
        int open = value.IndexOf("&{", StringComparison.Ordinal);
        int close = open < 0 ? -1 : value[(open + 2)..].IndexOf("};", StringComparison.Ordinal);
        return close > 0;
    }

    private static bool HandlerInValue(ReadOnlySpan<char> value)
    {
        int eq = value.IndexOf('=');
        return eq > 0 && LooksLikeHandler(value[..eq]) && EventHandlerNames.IsHandler(value[..eq]) &&
               JsFragment.Read(value[(eq + 1)..].Trim("\"'`")).Acts;
    }

    public static bool LooksLikeHandler(ReadOnlySpan<char> name) =>
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
}
