using System.Collections.Frozen;

namespace Vigil.Detection.Injection.Html;

/// <summary>
/// Event-handler content attributes: current HTML, SVG and DOM events plus the legacy IE, Gecko and WebKit
/// ones that payload lists still use. An unknown on* attribute runs nothing, so it is not on this list.
/// </summary>
internal static class EventHandlerNames
{
    private static readonly FrozenSet<string> Names = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "onabort", "onactivate", "onafterprint", "onafterscriptexecute", "onafterupdate", "onanimationcancel",
        "onanimationend", "onanimationiteration", "onanimationstart", "onauxclick", "onbeforeactivate",
        "onbeforecopy", "onbeforecut", "onbeforedeactivate", "onbeforeeditfocus", "onbeforeinput",
        "onbeforematch", "onbeforepaste", "onbeforeprint", "onbeforescriptexecute", "onbeforetoggle",
        "onbeforeunload", "onbeforeupdate", "onbegin", "onblur", "onbounce", "oncancel", "oncanplay",
        "oncanplaythrough", "oncellchange", "onchange", "onclick", "onclose", "oncommand",
        "oncontentvisibilityautostatechange", "oncontextlost", "oncontextmenu", "oncontextrestored",
        "oncontrolselect", "oncopy", "oncuechange", "oncut", "ondataavailable", "ondatasetchanged",
        "ondatasetcomplete", "ondblclick", "ondeactivate", "ondrag", "ondragdrop", "ondragend", "ondragenter",
        "ondragexit", "ondragleave", "ondragover", "ondragstart", "ondrop", "ondurationchange", "onemptied",
        "onend", "onended", "onerror", "onerrorupdate", "onfilterchange", "onfinish", "onfocus", "onfocusin",
        "onfocusout", "onformdata", "onfullscreenchange", "onfullscreenerror", "ongesturechange", "ongestureend",
        "ongesturestart", "ongotpointercapture", "onhashchange", "onhelp", "oninput", "oninvalid", "onkeydown",
        "onkeypress", "onkeyup", "onlayoutcomplete", "onload", "onloadeddata", "onloadedmetadata", "onloadend",
        "onloadstart", "onlosecapture", "onlostpointercapture", "onmessage", "onmessageerror", "onmousedown",
        "onmouseenter", "onmouseleave", "onmousemove", "onmouseout", "onmouseover", "onmouseup", "onmousewheel",
        "onmove", "onmoveend", "onmovestart", "onmozfullscreenchange", "onoffline", "ononline", "onoutofsync",
        "onpagehide", "onpageshow", "onpagereveal", "onpageswap", "onpaste", "onpause", "onplay", "onplaying",
        "onpointercancel", "onpointerdown", "onpointerenter", "onpointerleave", "onpointermove", "onpointerout",
        "onpointerover", "onpointerrawupdate", "onpointerup", "onpopstate", "onprogress", "onpropertychange",
        "onratechange", "onreadystatechange", "onrepeat", "onreset", "onresize", "onresizeend", "onresizestart",
        "onresume", "onreverse", "onrowdelete", "onrowenter", "onrowexit", "onrowinserted", "onrowsdelete",
        "onrowsinserted", "onscroll", "onscrollend", "onscrollsnapchange", "onscrollsnapchanging", "onsearch",
        "onseek", "onseeked", "onseeking", "onselect", "onselectionchange", "onselectstart", "onshow",
        "onslotchange", "onstalled", "onstart", "onstop", "onstorage", "onsubmit", "onsuspend", "onsyncrestored",
        "ontimeerror", "ontimeupdate", "ontoggle", "ontouchcancel", "ontouchend", "ontouchmove", "ontouchstart",
        "ontrackchange", "ontransitioncancel", "ontransitionend", "ontransitionrun", "ontransitionstart",
        "onunhandledrejection", "onunload", "onurlflip", "onvolumechange", "onwaiting", "onwebkitanimationend",
        "onwebkitanimationiteration", "onwebkitanimationstart", "onwebkitmouseforcechanged",
        "onwebkitmouseforcedown", "onwebkitmouseforceup", "onwebkitmouseforcewillbegin",
        "onwebkitplaybacktargetavailabilitychanged", "onwebkitpresentationmodechanged", "onwebkittransitionend",
        "onwebkitwillrevealbottom", "onwheel", "onzoom", "onbeforexrselect", "oncopy", "onsecuritypolicyviolation",
        "onvisibilitychange", "onreadystatechange", "ondevicemotion", "ondeviceorientation", "onorientationchange");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Names.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsHandler(ReadOnlySpan<char> attributeName) =>
        attributeName.Length > 4 && (attributeName[0] | 0x20) == 'o' && (attributeName[1] | 0x20) == 'n' && Lookup.Contains(attributeName);
}
