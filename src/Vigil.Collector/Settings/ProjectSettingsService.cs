using Vigil.Alerting;
using Vigil.Alerting.Rules;
using Vigil.Dashboard;
using Vigil.Storage.Alerts;
using Vigil.Storage.Settings;

namespace Vigil.Collector.Settings;

/// <summary>
/// The one place project settings are validated, saved and applied: the <c>/v1</c> routes and the Settings page both
/// call it. A change applies from the next event on (the registry drops the project's compiled settings).
/// </summary>
internal sealed class ProjectSettingsService(ProjectSettingsRegistry registry, AlertService alerts, CollectorOptions options, TimeProvider clock) : IProjectSettingsEditor
{
    private readonly SemaphoreSlim _writes = new(1, 1);

    private ISettingsStoreProvider Stores => registry.Stores ?? throw new InvalidOperationException("This storage backend cannot hold project settings.");

    public Task<IReadOnlyList<StoredAlertRule>> ListAlertRulesAsync(Guid projectId, CancellationToken cancellationToken) =>
        Stores.AlertRules.ListAlertRulesAsync(projectId, cancellationToken);

    public async Task<(StoredAlertRule? Rule, IReadOnlyList<SettingProblem> Problems)> AddAlertRuleAsync(Guid projectId, AlertRuleInput input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (rule, problems) = AlertRuleInputs.Parse(projectId, input, Guid.CreateVersion7(clock.GetUtcNow()), clock.GetUtcNow());
        await _writes.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // Checked under the lock so two concurrent adds cannot both pass the name and count checks.
            var existing = await Stores.AlertRules.ListAlertRulesAsync(projectId, cancellationToken).ConfigureAwait(false);
            if (existing.Any(r => string.Equals(r.Name, rule.Name, StringComparison.OrdinalIgnoreCase)))
            {
                problems.Add(new("name", $"'{rule.Name}' is already a rule of this project; delete it first or choose another name"));
            }

            if (existing.Count >= ProjectAlertRules.MaxPerProject)
            {
                problems.Add(new("name", $"a project has at most {ProjectAlertRules.MaxPerProject} alert rules"));
            }

            if (problems.Count > 0)
            {
                return (null, problems);
            }

            await Stores.AlertRules.SaveAlertRuleAsync(rule, cancellationToken).ConfigureAwait(false);
            await registry.ReloadAlertRulesAsync(projectId, cancellationToken).ConfigureAwait(false);
            return (rule, []);
        }
        finally
        {
            _writes.Release();
        }
    }

    public async Task<bool> DeleteAlertRuleAsync(Guid projectId, Guid ruleId, CancellationToken cancellationToken)
    {
        // Under the same lock as adding, so two changes cannot reload the in-memory rules out of order.
        await _writes.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var deleted = await Stores.AlertRules.DeleteAlertRuleAsync(projectId, ruleId, cancellationToken).ConfigureAwait(false);
            await registry.ReloadAlertRulesAsync(projectId, cancellationToken).ConfigureAwait(false);
            return deleted;
        }
        finally
        {
            _writes.Release();
        }
    }

    public async Task<(ChannelConfig? Channel, IReadOnlyList<SettingProblem> Problems)> SaveChannelAsync(
        Guid projectId, ChannelInput input, bool replace, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        var (channel, problems) = ChannelInputs.Parse(projectId, input, options.Alerting.AllowPrivateChannelTargets);
        await _writes.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // The store replaces by name, so adding under a taken name would silently overwrite (and lose a secret).
            var channels = await alerts.Store.ListChannelsAsync(projectId, cancellationToken).ConfigureAwait(false);
            var existing = channels.FirstOrDefault(c => c.Name == channel.Name);
            if (existing is not null && !replace)
            {
                problems.Add(new("name", $"'{channel.Name}' is already a channel of this project; delete it first or choose another name"));
            }

            if (problems.Count > 0)
            {
                return (null, problems);
            }

            var saved = channel.Secret is null && existing?.Secret is { } kept ? channel with { Secret = kept } : channel;
            await alerts.Store.SaveChannelAsync(saved, cancellationToken).ConfigureAwait(false);
            return (saved, []);
        }
        finally
        {
            _writes.Release();
        }
    }

    public Task<bool> DeleteChannelAsync(Guid projectId, string name, CancellationToken cancellationToken) =>
        alerts.Store.DeleteChannelAsync(projectId, name, cancellationToken);

    public async Task<StoredMaskingRules> GetMaskingRulesAsync(Guid projectId, CancellationToken cancellationToken) =>
        await Stores.MaskingRules.GetMaskingRulesAsync(projectId, cancellationToken).ConfigureAwait(false) ?? StoredMaskingRules.Empty(projectId);

    public async Task<(StoredMaskingRules? Rules, IReadOnlyList<SettingProblem> Problems)> SaveMaskingRulesAsync(
        Guid projectId, IReadOnlyList<string> names, IReadOnlyList<string> patterns, CancellationToken cancellationToken)
    {
        var problems = MaskingInputs.Check(names, patterns);
        if (problems.Count > 0)
        {
            return (null, problems);
        }

        var rules = new StoredMaskingRules(projectId, names, patterns, clock.GetUtcNow());
        await Stores.MaskingRules.SaveMaskingRulesAsync(rules, cancellationToken).ConfigureAwait(false);
        registry.Changed(projectId);
        return (rules, []);
    }

    public Task<IReadOnlyList<StoredIpList>> ListIpListsAsync(Guid projectId, CancellationToken cancellationToken) =>
        Stores.IpLists.ListIpListsAsync(projectId, cancellationToken);

    public async Task<(StoredIpList? List, IReadOnlyList<SettingProblem> Problems)> SaveIpListAsync(Guid projectId, string name, string content, CancellationToken cancellationToken)
    {
        var (entries, problems) = IpListInputs.Check(name, content);
        await _writes.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var existing = await Stores.IpLists.ListIpListsAsync(projectId, cancellationToken).ConfigureAwait(false);
            if (existing.Count >= IpListInputs.MaxListsPerProject && !existing.Any(l => l.Name == name))
            {
                problems.Add(new("name", $"a project has at most {IpListInputs.MaxListsPerProject} IP lists; replace or delete one"));
            }

            var others = existing.Where(l => l.Name != name).Sum(l => l.Entries);
            if (others + entries > IpListInputs.MaxEntriesPerProject)
            {
                problems.Add(new("content", $"a project's IP lists hold at most {IpListInputs.MaxEntriesPerProject} networks in all; this list has "
                    + $"{entries} and the project's other lists {others}. Merge addresses into CIDR ranges, or delete a list"));
            }

            if (problems.Count > 0)
            {
                return (null, problems);
            }

            var list = new StoredIpList(projectId, name, content, entries, clock.GetUtcNow());
            await Stores.IpLists.SaveIpListAsync(list, cancellationToken).ConfigureAwait(false);
            registry.Changed(projectId);
            return (list, []);
        }
        finally
        {
            _writes.Release();
        }
    }

    public async Task<bool> DeleteIpListAsync(Guid projectId, string name, CancellationToken cancellationToken)
    {
        var deleted = await Stores.IpLists.DeleteIpListAsync(projectId, name, cancellationToken).ConfigureAwait(false);
        registry.Changed(projectId);
        return deleted;
    }
}
