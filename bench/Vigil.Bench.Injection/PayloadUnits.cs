using System.Text.RegularExpressions;
using Vigil.Detection.Inputs.Decoding;

namespace Vigil.Bench.Injection;

/// <summary>
/// The "payload lines" view of an attack file, beside the all-lines view. Three mechanical rules, none of
/// which looks at any detector's verdict:
/// <list type="number">
/// <item>A <b>bare name</b> — a line of ASCII letters only (<c>onAbort</c>, <c>FSCommand</c>) — is a word a
/// filter is probed with, not markup or script, and is dropped.</item>
/// <item>A <b>lone character</b> — a line that is, or decodes to, one non-space character (<c>&amp;#x3C;</c>,
/// <c>%3C</c>, <c>\u003c</c>) — is dropped for the same reason.</item>
/// <item>A file that is an HTML document of <b>wrapped vectors</b> (html5sec's
/// <c>&lt;div id="N"&gt;…//["'`--&gt;]]&gt;]&lt;/div&gt;</c>, split into lines by the file) is scored per
/// vector: the lines are joined with newlines and cut at each wrapper, and the harness's closing marker is
/// removed, so a multi-line vector counts once and a line holding several vectors counts each.</item>
/// </list>
/// </summary>
internal static partial class PayloadUnits
{
    private const string VectorEnd = "//[\"'`-->]]>]</div>";

    [GeneratedRegex("<div id=\"[0-9]+\">")]
    private static partial Regex VectorStart();

    public static bool IsWrappedDocument(CorpusFile file) =>
        file.Payloads.Count > 0 && VectorStart().IsMatch(file.Payloads[0]) && file.Payloads[0].Contains(VectorEnd, StringComparison.Ordinal);

    /// <summary>The payload units of a file and how many lines were dropped by rules 1 and 2.</summary>
    public static (List<string> Units, int Dropped) Of(CorpusFile file)
    {
        if (IsWrappedDocument(file))
        {
            string document = string.Join('\n', file.Payloads);
            var vectors = VectorStart().Split(document)
                .Select(v => v.Replace(VectorEnd, "", StringComparison.Ordinal).Trim())
                .Where(v => v.Length > 0)
                .ToList();
            return (vectors, 0);
        }

        var units = file.Payloads.Where(l => !IsBareName(l) && !IsLoneCharacter(l)).ToList();
        return (units, file.Payloads.Count - units.Count);
    }

    public static bool IsBareName(string line)
    {
        string trimmed = line.Trim();
        return trimmed.Length > 0 && trimmed.All(char.IsAsciiLetter);
    }

    public static bool IsLoneCharacter(string line)
    {
        foreach (string form in DecodingPipeline.Decode(line))
        {
            if (form.Trim().Length == 1)
            {
                return true;
            }
        }

        return false;
    }
}
