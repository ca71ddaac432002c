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
internal sealed class ProjectSettingsRegistry
{
    private readonly CollectorOptions _options;
    private readonly ProjectAlertRules _alertRules;
    private readonly SharedLoads<Guid, ProjectRuntime> _runtimes;

    public ProjectSettingsRegistry(IVigilStore store, CollectorOptions options, ProjectAlertRules alertRules)
    {
        _options = options;
        _alertRules = alertRules;
        Stores = store as ISettingsStoreProvider;
        _runtimes = new(LoadAsync);
    }

    /// <summary>Null for a backend that cannot hold settings: the settings routes answer 404.</summary>
    public ISettingsStoreProvider? Stores { get; }

    public ProjectAlertRules AlertRules => _alertRules;

    public async ValueTask<ProjectRuntime> ForProjectAsync(Guid projectId, CancellationToken cancellationToken) =>
        Stores is null ? ProjectRuntime.Server : await _runtimes.GetAsync(projectId, cancellationToken).ConfigureAwait(false);

    /// <summary>Call after a project's masking rules or IP lists were saved: the next batch compiles them again.</summary>
    public void Changed(Guid projectId) => _runtimes.Invalidate(projectId);

    private async Task<ProjectRuntime> LoadAsync(Guid projectId)
    {
        var masking = await Stores!.MaskingRules.GetMaskingRulesAsync(projectId, CancellationToken.None).ConfigureAwait(false);
        var lists = await Stores.IpLists.ListIpListsAsync(projectId, CancellationToken.None).ConfigureAwait(false);
        return new ProjectRuntime(MaskerFor(masking), EngineFor(lists));
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
            _alertRules.TryAdd(project.Key, [.. project.Select(AlertRuleInputs.ToAlertRule)]);
        }
    }

    public async Task ReloadAlertRulesAsync(Guid projectId, CancellationToken cancellationToken)
    {
        var rules = await Stores!.AlertRules.ListAlertRulesAsync(projectId, cancellationToken).ConfigureAwait(false);
        _alertRules.Set(projectId, [.. rules.Select(AlertRuleInputs.ToAlertRule)]);
    }

    private Masker? MaskerFor(StoredMaskingRules? rules)
    {
        if (rules is null || (rules.Names.Count == 0 && rules.Patterns.Count == 0))
        {
            return null;
        }

        // Rules were valid when saved; a pattern that no longer compiles (a stricter runtime) is dropped, names still apply.
        var (patterns, _) = CustomValuePatterns.Compile(rules.Patterns);
        var server = _options.Masking;
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
        var merged = _options.Detection.IpReputation.With(IpReputationList.From(entries));
        return new RuleEngine(RuleCatalog.Create(_options.Detection with { IpReputation = merged }));
    }
}
