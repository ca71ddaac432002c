using System.Text;
using System.Text.Json;
using Vigil.Core.Findings;

namespace Vigil.Reporting.Internal;

/// <summary>One <c>tool.driver.rules[]</c> entry (a SARIF reportingDescriptor).</summary>
internal static class SarifRuleWriter
{
    public static void Write(Utf8JsonWriter w, RuleDescriptor rule)
    {
        w.WriteStartObject();
        w.WriteString("id", rule.Id);
        w.WriteString("name", SarifNames.RuleName(rule));
        Message(w, "shortDescription", rule.Title);
        Message(w, "fullDescription", FullDescription(rule));
        if (!string.IsNullOrWhiteSpace(rule.HowToFix))
        {
            w.WriteStartObject("help");
            w.WriteString("text", rule.HowToFix);
            w.WriteString("markdown", HelpMarkdown(rule));
            w.WriteEndObject();
        }

        w.WriteStartObject("defaultConfiguration");
        w.WriteString("level", SarifNames.Level(rule.DefaultThreat));
        w.WriteEndObject();

        w.WriteStartObject("properties");
        w.WriteStartArray("tags");
        w.WriteStringValue("security");
        if (!string.IsNullOrWhiteSpace(rule.Category))
        {
            w.WriteStringValue(rule.Category);
        }

        if (RuleReferences.CweTag(rule.Cwe) is { } cwe)
        {
            w.WriteStringValue(cwe);
        }

        if (RuleReferences.OwaspTag(rule.Owasp) is { } owasp)
        {
            w.WriteStringValue(owasp);
        }

        w.WriteEndArray();
        if (SarifNames.SecuritySeverity(rule.DefaultThreat) is { } severity)
        {
            w.WriteString("security-severity", severity);
        }

        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Message(Utf8JsonWriter w, string name, string text)
    {
        w.WriteStartObject(name);
        w.WriteString("text", text);
        w.WriteEndObject();
    }

    private static string FullDescription(RuleDescriptor rule)
    {
        var text = new StringBuilder(rule.Title);
        var refs = new[] { RuleReferences.Cwe(rule.Cwe), rule.Owasp is { Length: > 0 } o ? "OWASP " + o : null }
            .Where(r => r is not null);
        var joined = string.Join(", ", refs);
        if (joined.Length > 0)
        {
            text.Append(" (").Append(joined).Append(')');
        }

        return text.Append('.').ToString();
    }

    private static string HelpMarkdown(RuleDescriptor rule)
    {
        var md = new StringBuilder().Append("**How to fix:** ").Append(rule.HowToFix);
        if (RuleReferences.CweUrl(rule.Cwe) is { } url)
        {
            md.Append("\n\nSee [").Append(RuleReferences.Cwe(rule.Cwe)).Append("](").Append(url).Append(").");
        }

        if (!string.IsNullOrWhiteSpace(rule.Owasp))
        {
            md.Append("\n\nOWASP API Security Top 10: ").Append(rule.Owasp).Append('.');
        }

        return md.ToString();
    }
}
