using Vigil.Storage.Alerts;
using Vigil.Storage.Settings;

namespace Vigil.Dashboard;

/// <summary>One thing wrong with a submitted setting: the field it is about and what to change.</summary>
public sealed record SettingProblem(string Field, string Message)
{
    public override string ToString() => $"{Field}: {Message}";
}

/// <summary>An alert rule as typed in (a form or a JSON body); the editor parses and validates it.</summary>
public sealed record AlertRuleInput
{
    public string? Name { get; init; }

    public string? RuleId { get; init; }

    public string? MinThreat { get; init; }

    public string? Endpoint { get; init; }

    public string? Subject { get; init; }

    public int? Threshold { get; init; }

    public double? WindowMinutes { get; init; }
}

/// <summary>An alert channel as typed in; <see cref="Secret"/> goes in and is never shown again.</summary>
public sealed record ChannelInput
{
    public string? Name { get; init; }

    public string? Kind { get; init; }

    public string? Target { get; init; }

    public string? Secret { get; init; }

    public string? SmtpHost { get; init; }

    public int? SmtpPort { get; init; }

    public string? From { get; init; }

    public string? MinThreat { get; init; }

    public bool? Enabled { get; init; }
}

/// <summary>
/// A project's alert rules, channels, masking rules and IP lists, with the collector's validation: the pages and the
/// <c>/v1</c> API change them through the same calls, so a setting valid in one is valid in the other. Every method
/// that saves returns every problem at once and saves nothing when there is one.
/// </summary>
public interface IProjectSettingsEditor
{
    Task<IReadOnlyList<StoredAlertRule>> ListAlertRulesAsync(Guid projectId, CancellationToken cancellationToken);

    Task<(StoredAlertRule? Rule, IReadOnlyList<SettingProblem> Problems)> AddAlertRuleAsync(Guid projectId, AlertRuleInput input, CancellationToken cancellationToken);

    Task<bool> DeleteAlertRuleAsync(Guid projectId, Guid ruleId, CancellationToken cancellationToken);

    /// <param name="replace">
    /// False to add: a channel of that name is a problem, not silently overwritten. True to replace (the API's PUT);
    /// a replacement without a secret keeps the stored one.
    /// </param>
    Task<(ChannelConfig? Channel, IReadOnlyList<SettingProblem> Problems)> SaveChannelAsync(Guid projectId, ChannelInput input, bool replace, CancellationToken cancellationToken);

    Task<bool> DeleteChannelAsync(Guid projectId, string name, CancellationToken cancellationToken);

    Task<StoredMaskingRules> GetMaskingRulesAsync(Guid projectId, CancellationToken cancellationToken);

    Task<(StoredMaskingRules? Rules, IReadOnlyList<SettingProblem> Problems)> SaveMaskingRulesAsync(
        Guid projectId, IReadOnlyList<string> names, IReadOnlyList<string> patterns, CancellationToken cancellationToken);

    Task<IReadOnlyList<StoredIpList>> ListIpListsAsync(Guid projectId, CancellationToken cancellationToken);

    Task<(StoredIpList? List, IReadOnlyList<SettingProblem> Problems)> SaveIpListAsync(Guid projectId, string name, string content, CancellationToken cancellationToken);

    Task<bool> DeleteIpListAsync(Guid projectId, string name, CancellationToken cancellationToken);
}
