using Vigil.Audit.Rulesets;
using Vigil.Core.Findings;
using Vigil.OpenApi;

namespace Vigil.Audit.Tests;

/// <summary>Audits YAML text and picks findings of one rule.</summary>
internal static class AuditRun
{
    public static AuditResult Of(string yaml, AuditRuleset? ruleset = null)
    {
        var loaded = OpenApiDocumentLoader.Parse(yaml, "spec.yaml");
        Assert.True(loaded.Document is not null, string.Join("\n", loaded.Errors));
        return new OpenApiAuditor(ruleset).Audit(loaded);
    }

    public static IReadOnlyList<Finding> Findings(string yaml, string ruleId) =>
        [.. Of(yaml).Findings.Where(f => f.RuleId == ruleId)];

    /// <summary>The secure document with <paramref name="find"/> replaced by <paramref name="replace"/>: one flaw added to a clean document.</summary>
    public static string SecureWith(string find, string replace)
    {
        Assert.Contains(find, Docs.Secure, StringComparison.Ordinal);
        return Docs.Secure.Replace(find, replace, StringComparison.Ordinal);
    }

    /// <summary>Adds one flaw to the secure document and expects <paramref name="count"/> findings of the rule, each with a line.</summary>
    public static IReadOnlyList<Finding> Detect(string ruleId, int count, string find, string replace)
    {
        var findings = Findings(SecureWith(find, replace), ruleId);
        Assert.Equal(count, findings.Count);
        Assert.All(findings, f => Assert.True(f.Source!.Line > 0, f.Location));
        return findings;
    }

    /// <summary>Changes the secure document in a way that must not trigger the rule.</summary>
    public static void AssertSafe(string ruleId, string find, string replace) =>
        Assert.Empty(Findings(SecureWith(find, replace), ruleId));
}
