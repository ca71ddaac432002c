namespace Vigil.Storage.Settings;

/// <summary>User alert rules, per project.</summary>
public interface IAlertRuleStore
{
    Task<IReadOnlyList<StoredAlertRule>> ListAlertRulesAsync(Guid projectId, CancellationToken cancellationToken = default);

    /// <summary>Every project's rules, for the collector's start.</summary>
    Task<IReadOnlyList<StoredAlertRule>> ListAllAlertRulesAsync(CancellationToken cancellationToken = default);

    Task SaveAlertRuleAsync(StoredAlertRule rule, CancellationToken cancellationToken = default);

    Task<bool> DeleteAlertRuleAsync(Guid projectId, Guid ruleId, CancellationToken cancellationToken = default);
}

/// <summary>Each project's extra masking rules; saving replaces them.</summary>
public interface IMaskingRuleStore
{
    Task<StoredMaskingRules?> GetMaskingRulesAsync(Guid projectId, CancellationToken cancellationToken = default);

    Task SaveMaskingRulesAsync(StoredMaskingRules rules, CancellationToken cancellationToken = default);
}

/// <summary>Named IP reputation lists per project; saving a name again replaces that list.</summary>
public interface IIpListStore
{
    Task<IReadOnlyList<StoredIpList>> ListIpListsAsync(Guid projectId, CancellationToken cancellationToken = default);

    Task SaveIpListAsync(StoredIpList list, CancellationToken cancellationToken = default);

    Task<bool> DeleteIpListAsync(Guid projectId, string name, CancellationToken cancellationToken = default);
}

/// <summary>A backend that can hold project settings; the collector answers 404 on the settings routes for one that cannot.</summary>
public interface ISettingsStoreProvider
{
    IAlertRuleStore AlertRules { get; }

    IMaskingRuleStore MaskingRules { get; }

    IIpListStore IpLists { get; }
}
