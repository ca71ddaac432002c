using Vigil.Storage.Alerts;

namespace Vigil.Alerting.Tests.Support;

/// <summary>An in-memory store whose next alert write, once armed, waits until released: a slow disk, on demand.</summary>
internal sealed class GatedAlertStore(InMemoryAlertStore inner) : IAlertStore
{
    private TaskCompletionSource? _armed;

    public TaskCompletionSource Entered { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void ArmNextSave() => _armed = Release;

    public async Task SaveAlertAsync(AlertRecord alert, CancellationToken cancellationToken = default)
    {
        if (Interlocked.Exchange(ref _armed, null) is { } gate)
        {
            Entered.TrySetResult();
            await gate.Task.ConfigureAwait(false);
        }

        await inner.SaveAlertAsync(alert, cancellationToken).ConfigureAwait(false);
    }

    public Task<AlertRecord?> GetAlertAsync(Guid projectId, Guid alertId, CancellationToken cancellationToken = default) => inner.GetAlertAsync(projectId, alertId, cancellationToken);

    public Task<IReadOnlyList<AlertRecord>> QueryAlertsAsync(AlertQuery query, CancellationToken cancellationToken = default) => inner.QueryAlertsAsync(query, cancellationToken);

    public Task<IReadOnlyList<AlertRecord>> ListLiveAlertsAsync(DateTimeOffset since, CancellationToken cancellationToken = default) => inner.ListLiveAlertsAsync(since, cancellationToken);

    public Task AddDeliveryAsync(DeliveryRecord delivery, CancellationToken cancellationToken = default) => inner.AddDeliveryAsync(delivery, cancellationToken);

    public Task<IReadOnlyList<DeliveryRecord>> ListDeliveriesAsync(Guid projectId, Guid alertId, CancellationToken cancellationToken = default) => inner.ListDeliveriesAsync(projectId, alertId, cancellationToken);

    public Task<IReadOnlyList<ChannelConfig>> ListChannelsAsync(Guid projectId, CancellationToken cancellationToken = default) => inner.ListChannelsAsync(projectId, cancellationToken);

    public Task SaveChannelAsync(ChannelConfig channel, CancellationToken cancellationToken = default) => inner.SaveChannelAsync(channel, cancellationToken);

    public Task<bool> DeleteChannelAsync(Guid projectId, string name, CancellationToken cancellationToken = default) => inner.DeleteChannelAsync(projectId, name, cancellationToken);
}
