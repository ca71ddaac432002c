using Vigil.Storage.Settings;

namespace Vigil.Collector.Settings;

public sealed record AlertRuleView(Guid Id, string Name, string? RuleId, string MinThreat, string? Endpoint, string? Subject, int Threshold, double WindowMinutes, DateTimeOffset CreatedAt)
{
    internal static AlertRuleView From(StoredAlertRule r) =>
        new(r.Id, r.Name, r.RuleId, r.MinThreat.ToString().ToLowerInvariant(), r.Endpoint, r.Subject, r.Threshold, r.Window.TotalMinutes, r.CreatedAt);
}

public sealed record AlertRuleListView(IReadOnlyList<AlertRuleView> Rules);

/// <summary>The body of <c>PUT /v1/masking-rules</c> and the answer of <c>GET</c>: both lists replace the previous ones.</summary>
public sealed record MaskingRulesView
{
    public IReadOnlyList<string>? Names { get; init; }

    public IReadOnlyList<string>? Patterns { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }
}

/// <summary>An IP list without its content: name, networks held, when it was uploaded.</summary>
public sealed record IpListView(string Name, int Entries, DateTimeOffset UploadedAt)
{
    internal static IpListView From(StoredIpList l) => new(l.Name, l.Entries, l.UploadedAt);
}

public sealed record IpListListView(IReadOnlyList<IpListView> Lists);
