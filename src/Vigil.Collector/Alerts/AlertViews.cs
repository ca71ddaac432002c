using Vigil.Storage.Alerts;

namespace Vigil.Collector.Alerts;

/// <summary>An alert as <c>GET /v1/alerts</c> shows it; names are the stable wire contract in docs/protocol.md.</summary>
public sealed record AlertView(
    Guid Id,
    string RuleId,
    string Title,
    string Threat,
    string Status,
    string Subject,
    string? Endpoint,
    string AlertRule,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    long Findings,
    string? Message,
    string? Evidence,
    Guid? FirstEventId,
    DateTimeOffset? AcknowledgedAt,
    DateTimeOffset? ResolvedAt)
{
    public static AlertView From(AlertRecord a) => new(
        a.Id, a.RuleId, a.Title, a.Threat.ToString().ToLowerInvariant(), a.Status.ToString().ToLowerInvariant(), a.Subject, a.Endpoint, a.AlertRule,
        a.FirstSeen, a.LastSeen, a.Findings, a.Message, a.Evidence, a.FirstEventId, a.AcknowledgedAt, a.ResolvedAt);
}

public sealed record AlertListView(IReadOnlyList<AlertView> Alerts);

public sealed record DeliveryView(string Channel, int Attempts, bool Delivered, int? HttpStatus, string? Error, DateTimeOffset At);

public sealed record DeliveryListView(IReadOnlyList<DeliveryView> Deliveries);

/// <summary>
/// A channel as the API takes it (PUT) and shows it: on the way out the secret is never returned (only
/// <see cref="HasSecret"/>) and a URL target is redacted by <see cref="TargetRedaction"/> (only <see cref="HasTarget"/>).
/// </summary>
public sealed record ChannelView
{
    public string? Name { get; init; }

    public string? Kind { get; init; }

    public string? Target { get; init; }

    public string? Secret { get; init; }

    public bool? HasSecret { get; init; }

    public bool? HasTarget { get; init; }

    public string? SmtpHost { get; init; }

    public int? SmtpPort { get; init; }

    [System.Text.Json.Serialization.JsonPropertyName("from")]
    public string? Sender { get; init; }

    public string? MinThreat { get; init; }

    public bool? Enabled { get; init; }

    public static ChannelView From(ChannelConfig c) => new()
    {
        Name = c.Name,
        Kind = c.Kind.ToString().ToLowerInvariant(),
        Target = TargetRedaction.For(c),
        HasTarget = !string.IsNullOrEmpty(c.Target),
        HasSecret = !string.IsNullOrEmpty(c.Secret),
        SmtpHost = c.SmtpHost,
        SmtpPort = c.Kind == ChannelKind.Email ? c.SmtpPort : null,
        Sender = c.From,
        MinThreat = c.MinThreat.ToString().ToLowerInvariant(),
        Enabled = c.Enabled,
    };
}

public sealed record ChannelListView(IReadOnlyList<ChannelView> Channels);
