using Vigil.Audit.Engine;
using Vigil.Audit.Rulesets;
using Vigil.Audit.Scoring;
using Vigil.Core.Findings;
using Vigil.OpenApi;
using Vigil.Reporting;

namespace Vigil.Audit;

/// <summary>
/// <c>vigil audit</c>'s engine: every check (minus those a ruleset turns off, plus its pattern rules) over a loaded
/// document, findings at JSON pointers with file line and column, and a scorecard. Stateless; reuse it across documents.
/// </summary>
public sealed class OpenApiAuditor
{
    /// <summary>Reported when a check throws on a document it did not expect, so one bad check never hides the others.</summary>
    public static readonly RuleDescriptor CheckFailure = new(
        "VG3000", "Audit check failed", AuditCategories.Design, ThreatLevel.None, null, null,
        "A Vigil check could not run on this document; please report it with the document if you can share it.");

    private readonly IReadOnlyList<IAuditCheck> _checks;
    private readonly AuditRuleset _ruleset;

    public OpenApiAuditor(AuditRuleset? ruleset = null)
    {
        _ruleset = ruleset ?? AuditRuleset.Empty;
        _checks = [.. CheckCatalog.Default.Checks.Where(c => !_ruleset.Disabled.Contains(c.Descriptor.Id)), .. _ruleset.Patterns.Select(p => new PatternCheck(p))];
        Rules = [.. _checks.Select(c => Effective(c.Descriptor)), CheckFailure];
    }

    /// <summary>Every rule that runs, with the threats the ruleset set.</summary>
    public IReadOnlyList<RuleDescriptor> Rules { get; }

    /// <summary>The built-in checks, whatever a ruleset says (for <c>vigil rules</c> and docs).</summary>
    public static IReadOnlyList<RuleDescriptor> BuiltInRules => CheckCatalog.Default.Descriptors;

    public AuditResult Audit(OpenApiLoadResult loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        if (loaded.Document is null)
        {
            throw new ArgumentException("The document did not load; report its Errors instead of auditing it.", nameof(loaded));
        }

        var findings = new List<Finding>();
        var context = new AuditContext(loaded.Document, loaded.Positions, findings);
        foreach (var check in _checks)
        {
            var before = findings.Count;
            try
            {
                check.Run(context);
            }
#pragma warning disable CA1031 // One check's bug must not lose the others' findings.
            catch (Exception e)
#pragma warning restore CA1031
            {
                findings.RemoveRange(before, findings.Count - before);
                context.Report(CheckFailure, "", $"{check.Descriptor.Id} failed: {e.GetType().Name}: {e.Message}");
            }

            if (_ruleset.Threats.TryGetValue(check.Descriptor.Id, out var threat))
            {
                for (var i = before; i < findings.Count; i++)
                {
                    findings[i] = findings[i] with { Threat = threat };
                }
            }
        }

        var categories = Rules.ToDictionary(r => r.Id, r => r.Category, StringComparer.Ordinal);
        return new AuditResult(findings, AuditScoring.Score(findings, categories), Rules);
    }

    private RuleDescriptor Effective(RuleDescriptor rule) =>
        _ruleset.Threats.TryGetValue(rule.Id, out var threat) ? rule with { DefaultThreat = threat } : rule;
}

/// <summary>Findings in check order, the scorecard, and the rules that ran.</summary>
public sealed record AuditResult(IReadOnlyList<Finding> Findings, Scorecard Scorecard, IReadOnlyList<RuleDescriptor> Rules);
