using System.Collections.Concurrent;
using Vigil.Alerting.Rules;
using Vigil.Detection.Engine;
using Vigil.Detection.Reputation;
using Vigil.Masking;
using Vigil.Masking.Patterns;
using Vigil.Storage;
using Vigil.Storage.Settings;

namespace Vigil.Collector.Settings;

/// <summary>
/// Each project's compiled settings, loaded from the store on first use and dropped when they change, so the next
/// batch is prepared with the new ones. User alert rules are all held in memory (<see cref="ProjectAlertRules"/>):
/// the grouper reads them on every finding and cannot wait on the store.
/// </summary>
internal sealed class ProjectSettingsRegistry(IVigilStore store, CollectorOptions options, ProjectAlertRules alertRules)
{
    private readonly ConcurrentDictionary<Guid, ProjectRuntime> _runtimes = new();
    private long _changes;

    /// <summary>Null for a backend that cannot hold settings: the settings routes answer 404.</summary>
    public ISettingsStoreProvider? Stores { get; } = store as ISettingsStoreProvider;

    public ProjectAlertRules AlertRules => alertRules;

    public async ValueTask<ProjectRuntime> ForProjectAsync(Guid projectId, CancellationToken cancellationToken)
    {
        if (Stores is null)
        {
            return ProjectRuntime.Server;
        }

        if (_runtimes.TryGetValue(projectId, out var known))
        {
            return known;
        }

        // A change saved while this load read the store must not be overwritten by what the load saw: such a load
        // answers its own batch but is not kept, so the next batch loads again.
        var changes = Interlocked.Read(ref _changes);
        var masking = await Stores.MaskingRules.GetMaskingRulesAsync(projectId, cancellationToken).ConfigureAwait(false);
        var lists = await Stores.IpLists.ListIpListsAsync(projectId, cancellationToken).ConfigureAwait(false);
        var runtime = new ProjectRuntime(MaskerFor(masking), EngineFor(lists));
        return Interlocked.Read(ref _changes) == changes ? _runtimes.GetOrAdd(projectId, runtime) : runtime;
    }

    /// <summary>Call after a project's masking rules or IP lists were saved: the next batch compiles them again.</summary>
    public void Changed(Guid projectId)
    {
        Interlocked.Increment(ref _changes);
        _runtimes.TryRemove(projectId, out _);
    }

    public async Task LoadAlertRulesAsync(CancellationToken cancellationToken)
    {
        if (Stores is null)
        {
            return;
        }

        var all = await Stores.AlertRules.ListAllAlertRulesAsync(cancellationToken).ConfigureAwait(false);
        foreach (var project in all.GroupBy(r => r.ProjectId))
        {
            alertRules.TryAdd(project.Key, [.. project.Select(AlertRuleInputs.ToAlertRule)]);
        }
    }

    public async Task ReloadAlertRulesAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var rules = await Stores!.AlertRules.ListAlertRulesAsync(projectId, cancellationToken).ConfigureAwait(false);
        alertRules.Set(projectId, [.. rules.Select(AlertRuleInputs.ToAlertRule)]);
    }

    private Masker? MaskerFor(StoredMaskingRules? rules)
    {
        if (rules is null || (rules.Names.Count == 0 && rules.Patterns.Count == 0))
        {
            return null;
        }

        // Rules were valid when saved; a pattern that no longer compiles (a stricter runtime) is dropped, names still apply.
        var (patterns, _) = CustomValuePatterns.Compile(rules.Patterns);
        var server = options.Masking;
        return new Masker(
            new MaskingOptions
            {
                AdditionalNames = [.. server.AdditionalNames ?? [], .. rules.Names],
                RemovedNames = [.. server.RemovedNames ?? []],
                MaskValuePatterns = server.MaskValuePatterns,
            },
            patterns);
    }

    private RuleEngine? EngineFor(IReadOnlyList<StoredIpList> lists)
    {
        if (lists.Count == 0)
        {
            return null;
        }

        var entries = new List<IpReputationEntry>();
        foreach (var list in lists)
        {
            using var reader = new StringReader(list.Content);
            entries.AddRange(IpListParser.Parse(list.Name, reader, IpListInputs.DefaultCategory(list.Name)).Entries);
        }

        // The server's --ip-list entries first: where both name a network, the operator's list decides.
        var merged = options.Detection.IpReputation.With(IpReputationList.From(entries));
        return new RuleEngine(RuleCatalog.Create(options.Detection with { IpReputation = merged }));
    }
}
