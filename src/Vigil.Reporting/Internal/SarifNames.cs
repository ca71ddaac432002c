using System.Text;
using Vigil.Core.Findings;

namespace Vigil.Reporting.Internal;

/// <summary>SARIF spellings of Vigil concepts.</summary>
internal static class SarifNames
{
    public static string Level(ThreatLevel threat) => threat switch
    {
        ThreatLevel.High => "error",
        ThreatLevel.Medium => "warning",
        ThreatLevel.Low => "note",
        _ => "none",
    };

    /// <summary>GitHub reads <c>security-severity</c> as a number in a string: ≥7 high, ≥4 medium, &gt;0 low.</summary>
    public static string? SecuritySeverity(ThreatLevel threat) => threat switch
    {
        ThreatLevel.High => "8.0",
        ThreatLevel.Medium => "5.0",
        ThreatLevel.Low => "3.0",
        _ => null,
    };

    /// <summary>A rule's <c>name</c> is an identifier, not a sentence: "JWT signed with alg none" → <c>JwtSignedWithAlgNone</c>.</summary>
    public static string RuleName(RuleDescriptor rule)
    {
        var name = new StringBuilder(rule.Title.Length);
        var upper = true;
        foreach (var c in rule.Title)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                upper = true;
                continue;
            }

            name.Append(upper ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c));
            upper = false;
        }

        return name.Length > 0 ? name.ToString() : rule.Id;
    }

    /// <summary>
    /// SARIF wants a URI reference. Relative paths stay relative with forward slashes (GitHub resolves them against the
    /// repository root); rooted paths become <c>file://</c> URIs.
    /// </summary>
    public static string ArtifactUri(string file)
    {
        if (Path.IsPathFullyQualified(file))
        {
            return new Uri(file).AbsoluteUri;
        }

        var segments = file.Replace('\\', '/').Split('/');
        return string.Join('/', segments.Select(Uri.EscapeDataString));
    }
}
