using System.Collections.Frozen;

namespace Vigil.Detection.Inputs.Decoding;

/// <summary>
/// The named character references worth decoding before detection: the ones that spell syntax
/// (brackets, quotes, separators, whitespace) plus a few typographic ones. Names are case-sensitive in HTML.
/// </summary>
internal static class HtmlEntityNames
{
    public static readonly FrozenDictionary<string, string> All = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["lt"] = "<", ["LT"] = "<", ["gt"] = ">", ["GT"] = ">", ["amp"] = "&", ["AMP"] = "&",
        ["quot"] = "\"", ["QUOT"] = "\"", ["apos"] = "'", ["nbsp"] = "\u00A0",
        ["Tab"] = "\t", ["NewLine"] = "\n", ["colon"] = ":", ["semi"] = ";", ["comma"] = ",", ["period"] = ".",
        ["excl"] = "!", ["quest"] = "?", ["num"] = "#", ["dollar"] = "$", ["percnt"] = "%", ["commat"] = "@",
        ["lpar"] = "(", ["rpar"] = ")", ["lsqb"] = "[", ["lbrack"] = "[", ["rsqb"] = "]", ["rbrack"] = "]",
        ["lcub"] = "{", ["lbrace"] = "{", ["rcub"] = "}", ["rbrace"] = "}", ["sol"] = "/", ["bsol"] = "\\",
        ["ast"] = "*", ["midast"] = "*", ["plus"] = "+", ["equals"] = "=", ["lowbar"] = "_", ["UnderBar"] = "_",
        ["grave"] = "`", ["DiacriticalGrave"] = "`", ["Hat"] = "^", ["vert"] = "|", ["verbar"] = "|",
        ["VerticalLine"] = "|", ["hyphen"] = "\u2010", ["dash"] = "\u2010", ["ndash"] = "\u2013", ["mdash"] = "\u2014",
        ["lsquo"] = "\u2018", ["rsquo"] = "\u2019", ["ldquo"] = "\u201C", ["rdquo"] = "\u201D",
        ["laquo"] = "\u00AB", ["raquo"] = "\u00BB", ["copy"] = "\u00A9", ["reg"] = "\u00AE", ["hellip"] = "\u2026",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Names a browser also decodes without the trailing semicolon, even as a prefix (<c>&amp;ltscript</c>).</summary>
    public static readonly string[] Legacy = ["amp", "AMP", "lt", "LT", "gt", "GT", "quot", "QUOT", "nbsp", "copy", "reg"];

    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        All.GetAlternateLookup<ReadOnlySpan<char>>();
}
