using System.Collections.Concurrent;
using Vigil.Storage.Alerts;

namespace Vigil.Alerting;

/// <summary>An alert store in memory: for <c>vigil inspect</c>'s offline replay and for tests. Not bounded; use it for one run.</summary>
public sealed class InMemoryAlertStore : IAlertStore
{
    private readonly ConcurrentDictionary<Guid, AlertRecord> _alerts = new();
    private readonly ConcurrentQueue<DeliveryRecord> _deliveries = new();
    private readonly ConcurrentDictionary<(Guid, string), ChannelConfig> _channels = new();

    public IReadOnlyCollection<AlertRecord> All => [.. _alerts.Values.OrderBy(a => a.FirstSeen)];

    public Task SaveAlertAsync(AlertRecord alert, CancellationToken cancellationToken = default)
    {
        _alerts[alert.Id] = alert;
        return Task.CompletedTask;
    }

    public Task<AlertRecord?> GetAlertAsync(Guid projectId, Guid alertId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_alerts.TryGetValue(alertId, out var a) && a.ProjectId == projectId ? a : null);

    public Task<IReadOnlyList<AlertRecord>> QueryAlertsAsync(AlertQuery query, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<AlertRecord>>([.. _alerts.Values
            .Where(a => a.ProjectId == query.ProjectId && (query.Status is null || a.Status == query.Status))
            .OrderByDescending(a => a.LastSeen).Take(query.Limit)]);

    public Task<IReadOnlyList<AlertRecord>> ListLiveAlertsAsync(DateTimeOffset since, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<AlertRecord>>([.. _alerts.Values.Where(a => a.Status != AlertStatus.Resolved || a.ResolvedAt >= since)]);

    public Task AddDeliveryAsync(DeliveryRecord delivery, CancellationToken cancellationToken = default)
    {
        _deliveries.Enqueue(delivery);
        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<DeliveryRecord>> ListDeliveriesAsync(Guid projectId, Guid alertId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<DeliveryRecord>>([.. _deliveries.Where(d => d.ProjectId == projectId && d.AlertId == alertId)]);

    public Task<IReadOnlyList<ChannelConfig>> ListChannelsAsync(Guid projectId, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ChannelConfig>>([.. _channels.Values.Where(c => c.ProjectId == projectId).OrderBy(c => c.Name, StringComparer.Ordinal)]);

    public Task SaveChannelAsync(ChannelConfig channel, CancellationToken cancellationToken = default)
    {
        _channels[(channel.ProjectId, channel.Name)] = channel;
        return Task.CompletedTask;
    }

    public Task<bool> DeleteChannelAsync(Guid projectId, string name, CancellationToken cancellationToken = default) =>
        Task.FromResult(_channels.TryRemove((projectId, name), out _));
}
