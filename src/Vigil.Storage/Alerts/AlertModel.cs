using Vigil.Core.Findings;

namespace Vigil.Storage.Alerts;

/// <summary>An alert's lifecycle: open → acknowledged → resolved. Wire names are the lower-case words.</summary>
public enum AlertStatus
{
    Open = 0,
    Acknowledged = 1,
    Resolved = 2,
}

/// <summary>
/// Findings of one detector (or rule) on one subject and endpoint, grouped into one thing a person handles.
/// <see cref="GroupKey"/> is <c>ruleId|subject|endpoint</c>; <see cref="Subject"/> a client identity, <c>username:…</c>
/// or <c>*</c> for a whole endpoint.
/// </summary>
public sealed record AlertRecord
{
    public required Guid Id { get; init; }

    public required Guid ProjectId { get; init; }

    public required string GroupKey { get; init; }

    public required string RuleId { get; init; }

    public required string Title { get; init; }

    public required ThreatLevel Threat { get; init; }

    public required string Subject { get; init; }

    public string? Endpoint { get; init; }

    /// <summary>The alert rule that opened it (<c>high-threat</c>, <c>behaviour</c>, a user rule's name).</summary>
    public required string AlertRule { get; init; }

    public AlertStatus Status { get; init; }

    public required DateTimeOffset FirstSeen { get; init; }

    public required DateTimeOffset LastSeen { get; init; }

    /// <summary>Findings grouped into this alert, including those that arrived while it was acknowledged or cooling down.</summary>
    public long Findings { get; init; } = 1;

    public string? Message { get; init; }

    public string? Evidence { get; init; }

    public Guid? FirstEventId { get; init; }

    public DateTimeOffset? AcknowledgedAt { get; init; }

    public DateTimeOffset? ResolvedAt { get; init; }
}

/// <summary>Filters of <c>GET /v1/alerts</c>; newest first.</summary>
public sealed record AlertQuery(Guid ProjectId, AlertStatus? Status = null, int Limit = 100);

/// <summary>One attempt sequence to deliver one alert notice to one channel, as the delivery log keeps it.</summary>
public sealed record DeliveryRecord(
    Guid Id,
    Guid ProjectId,
    Guid AlertId,
    string Channel,
    int Attempts,
    bool Delivered,
    int? HttpStatus,
    string? Error,
    DateTimeOffset At);

/// <summary>The kinds of delivery channel.</summary>
public enum ChannelKind
{
    Webhook = 0,
    Slack = 1,
    Email = 2,
}

/// <summary>
/// A project's delivery channel. <see cref="Secret"/> signs webhook bodies (HMAC-SHA256) and is never returned by
/// the API. E-mail channels use the SMTP fields; <see cref="Target"/> is the URL or the comma-separated recipients.
/// </summary>
public sealed record ChannelConfig
{
    public required Guid ProjectId { get; init; }

    public required string Name { get; init; }

    public required ChannelKind Kind { get; init; }

    public required string Target { get; init; }

    public string? Secret { get; init; }

    public string? SmtpHost { get; init; }

    public int SmtpPort { get; init; } = 25;

    public string? From { get; init; }

    /// <summary>Only alerts at or above this threat go to the channel.</summary>
    public ThreatLevel MinThreat { get; init; } = ThreatLevel.Low;

    public bool Enabled { get; init; } = true;
}
