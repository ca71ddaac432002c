using System.Collections.Concurrent;
using Vigil.Audit;
using Vigil.Collector.Specs;
using Vigil.Core.Findings;
using Vigil.Dashboard.Design;
using Vigil.OpenApi;
using Vigil.Storage;

namespace Vigil.Collector.Dashboard;

/// <summary>
/// The Governance page's audit of each project's attached spec, computed once per spec version: the version is the
/// <see cref="SpecRegistry"/>'s compiled contract, which attaching a spec replaces, so a cached audit costs one
/// dictionary look-up and a new upload is audited on the next view.
/// </summary>
internal sealed class SpecAuditCache(IVigilStore store, SpecRegistry registry)
{
    private readonly ConcurrentDictionary<Guid, (object Version, SpecAudit? Audit)> _audits = new();
    private readonly OpenApiAuditor _auditor = new();

    public async Task<SpecAudit?> AuditAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var version = await registry.ForProjectAsync(projectId, cancellationToken).ConfigureAwait(false);
        if (version is null || store.Specs is not { } specs)
        {
            return null;
        }

        if (_audits.TryGetValue(projectId, out var cached) && ReferenceEquals(cached.Version, version))
        {
            return cached.Audit;
        }

        // A spec attached between the two reads is audited under the older version and redone on the next view.
        var stored = await specs.GetSpecAsync(projectId, cancellationToken).ConfigureAwait(false);
        var audit = stored is null ? null : Audit(stored);
        _audits[projectId] = (version, audit);
        return audit;
    }

    private SpecAudit? Audit(StoredSpec spec)
    {
        var loaded = OpenApiDocumentLoader.Parse(spec.Content, spec.Name);
        if (loaded.Document is null)
        {
            return null;
        }

        var result = _auditor.Audit(loaded);
        var rules = result.Rules.GroupBy(r => r.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var card = result.Scorecard;
        return new SpecAudit(
            spec.Name,
            spec.AttachedAt,
            loaded.Version,
            loaded.Document.Paths?.Values.Sum(p => p.Operations?.Count ?? 0) ?? 0,
            card.Score,
            card.Grade,
            [.. card.Categories.Select(c => new SpecCategory(c.Name, c.Score, c.Grade, c.Weight, [.. c.Deductions.Select(d => new SpecDeduction(d.RuleId, d.Title, d.Findings, d.Points, d.Capped))]))],
            [.. result.Findings.OrderByDescending(f => f.Threat).ThenBy(f => f.Source?.Line ?? 0).Select(f => Finding(f, rules.GetValueOrDefault(f.RuleId)))]);
    }

    private static SpecFinding Finding(Finding f, RuleDescriptor? rule) =>
        new(f.RuleId, f.Title, rule?.Category ?? "", f.Threat, f.Location ?? "/", f.Source?.Line ?? 0, f.Message, rule?.HowToFix);
}
