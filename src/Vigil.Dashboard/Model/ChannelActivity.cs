using Vigil.Storage.Alerts;

namespace Vigil.Dashboard.Model;

/// <summary>One channel of the project as Settings lists it: its configuration (never the secret) and its last deliveries.</summary>
public sealed record ChannelActivity(ChannelConfig Channel, IReadOnlyList<DeliveryRecord> LastDeliveries)
{
    /// <summary>Alerts whose delivery log is read: the log is kept per alert, so recent deliveries come from recent alerts.</summary>
    public const int AlertsScanned = 50;

    public const int DeliveriesShown = 3;

    public static async Task<IReadOnlyList<ChannelActivity>> LoadAsync(IAlertStore store, Guid projectId, CancellationToken cancellationToken)
    {
        var channels = await store.ListChannelsAsync(projectId, cancellationToken).ConfigureAwait(false);
        if (channels.Count == 0)
        {
            return [];
        }

        var recent = await store.QueryAlertsAsync(new AlertQuery(projectId, Limit: AlertsScanned), cancellationToken).ConfigureAwait(false);
        var deliveries = new List<DeliveryRecord>();
        foreach (var alert in recent)
        {
            deliveries.AddRange(await store.ListDeliveriesAsync(projectId, alert.Id, cancellationToken).ConfigureAwait(false));
        }

        var byChannel = deliveries.ToLookup(d => d.Channel, StringComparer.Ordinal);
        return [.. channels.Select(c => new ChannelActivity(c, [.. byChannel[c.Name].OrderByDescending(d => d.At).Take(DeliveriesShown)]))];
    }

    /// <summary>
    /// Where the channel sends, as scheme and host only: webhook URLs carry their credential in the path (Slack's
    /// <c>/services/T…/B…/token</c>) or query, and a page is shown on screens and screenshots.
    /// </summary>
    public static string Destination(ChannelConfig channel)
    {
        if (channel.Kind == ChannelKind.Email)
        {
            return $"{channel.Target} via {channel.SmtpHost}:{channel.SmtpPort}";
        }

        return Uri.TryCreate(channel.Target, UriKind.Absolute, out var uri) ? $"{uri.Scheme}://{uri.Authority}{(uri.PathAndQuery.Length > 1 ? "/…" : "")}" : "(not a URL)";
    }
}
