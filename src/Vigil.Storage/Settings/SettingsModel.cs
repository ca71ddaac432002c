using Vigil.Core.Findings;

namespace Vigil.Storage.Settings;

/// <summary>A user alert rule of one project, as stored; the collector turns it into an alerting rule.</summary>
public sealed record StoredAlertRule
{
    public required Guid Id { get; init; }

    public required Guid ProjectId { get; init; }

    public required string Name { get; init; }

    public string? RuleId { get; init; }

    public ThreatLevel MinThreat { get; init; } = ThreatLevel.Low;

    public string? Endpoint { get; init; }

    public string? Subject { get; init; }

    public int Threshold { get; init; } = 1;

    public TimeSpan Window { get; init; } = TimeSpan.FromMinutes(10);

    public DateTimeOffset CreatedAt { get; init; }
}

/// <summary>A project's extra masking: field names and value patterns (.NET regular expressions) the collector masks on ingest.</summary>
public sealed record StoredMaskingRules(Guid ProjectId, IReadOnlyList<string> Names, IReadOnlyList<string> Patterns, DateTimeOffset UpdatedAt)
{
    public static StoredMaskingRules Empty(Guid projectId) => new(projectId, [], [], DateTimeOffset.MinValue);
}

/// <param name="Content">The list text as uploaded (the <c>--ip-list</c> format), validated before it was stored.</param>
/// <param name="Entries">Networks it holds, for display without parsing it again.</param>
public sealed record StoredIpList(Guid ProjectId, string Name, string Content, int Entries, DateTimeOffset UploadedAt);
