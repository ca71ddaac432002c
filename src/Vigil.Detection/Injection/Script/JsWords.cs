using System.Collections.Frozen;

namespace Vigil.Detection.Injection.Script;

/// <summary>
/// What a script fragment can touch that matters for XSS: functions that run or show code, properties
/// that leak or redirect, and the global objects that payloads index to hide a name (<c>top['al'+'ert']</c>).
/// </summary>
internal static class JsWords
{
    /// <summary>Dangerous even when only referenced (<c>[1].find(alert)</c>, <c>a=alert,a(1)</c>).</summary>
    public static readonly FrozenSet<string> SinkReferences = FrozenSet.Create(StringComparer.Ordinal,
        "alert", "prompt", "confirm", "eval", "Function", "execScript", "setTimeout", "setInterval", "setImmediate");

    /// <summary>Dangerous when called, usually as a member (<c>document.write(</c>, <c>String.fromCharCode(</c>).</summary>
    public static readonly FrozenSet<string> SinkCalls = FrozenSet.Create(StringComparer.Ordinal,
        "alert", "prompt", "confirm", "eval", "Function", "execScript", "setTimeout", "setInterval", "setImmediate",
        "write", "writeln", "fromCharCode", "atob", "import", "importScripts", "fetch", "open", "print", "vibrate",
        "insertAdjacentHTML", "createContextualFragment", "showModalDialog", "sendBeacon", "XMLHttpRequest",
        "WebSocket", "unescape", "decodeURIComponent", "decodeURI", "postMessage", "navigate");

    /// <summary>Members whose use from injected script is the point of the attack.</summary>
    public static readonly FrozenSet<string> DangerousMembers = FrozenSet.Create(StringComparer.Ordinal,
        "cookie", "domain", "innerHTML", "outerHTML", "location", "constructor", "__proto__", "srcdoc",
        "localStorage", "sessionStorage", "opener", "documentURI", "URL", "referrer");

    /// <summary>Globals that payloads index to build a name at run time.</summary>
    public static readonly FrozenSet<string> Globals = FrozenSet.Create(StringComparer.Ordinal,
        "top", "window", "self", "parent", "frames", "globalThis", "document", "opener", "content", "this", "location");

    /// <summary>Values, not names.</summary>
    public static readonly FrozenSet<string> OperandKeywords = FrozenSet.Create(StringComparer.Ordinal,
        "true", "false", "null", "undefined", "this", "NaN", "Infinity", "super");

    /// <summary>Keywords after which an operand (or a statement) follows.</summary>
    public static readonly FrozenSet<string> PrefixKeywords = FrozenSet.Create(StringComparer.Ordinal,
        "typeof", "void", "delete", "new", "await", "yield", "return", "throw", "case", "else", "do", "try", "finally",
        "var", "let", "const", "function", "class", "if", "while", "for", "with", "switch", "catch", "export",
        "default", "break", "continue", "debugger");

    /// <summary>Keywords that join two operands.</summary>
    public static readonly FrozenSet<string> InfixKeywords = FrozenSet.Create(StringComparer.Ordinal, "in", "instanceof", "of");

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SinkReferenceLookup = SinkReferences.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> SinkCallLookup = SinkCalls.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> DangerousMemberLookup = DangerousMembers.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GlobalLookup = Globals.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OperandKeywordLookup = OperandKeywords.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> PrefixKeywordLookup = PrefixKeywords.GetAlternateLookup<ReadOnlySpan<char>>();
    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> InfixKeywordLookup = InfixKeywords.GetAlternateLookup<ReadOnlySpan<char>>();
}
