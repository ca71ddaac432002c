using Vigil.Alerting.Grouping;
using Vigil.Core.Findings;
using Vigil.Storage.Alerts;

namespace Vigil.Alerting;

/// <summary>
/// Alerts for the collector: groups findings (in memory, at event speed), writes changed alerts to the store in
/// batches (<see cref="FlushAsync"/>), and hands new or escalated alerts to the notifier without waiting on it.
/// </summary>
public sealed class AlertService(AlertGrouper grouper, IAlertStore store, IAlertNotifier notifier, TimeProvider clock, AlertingOptions options)
{
    private const int MaxDirty = 10_000;
    private readonly object _gate = new();
    private Dictionary<Guid, AlertRecord> _dirty = [];

    public IAlertStore Store => store;

    /// <summary>Alert changes not written because the store failed; they are retried on the next flush.</summary>
    public long FailedFlushes { get; private set; }

    public async Task LoadAsync(CancellationToken cancellationToken = default)
    {
        var live = await store.ListLiveAlertsAsync(clock.GetUtcNow() - options.Cooldown, cancellationToken).ConfigureAwait(false);
        grouper.Load(live);
    }

    public AlertChange? Apply(Guid projectId, Finding finding, string subject)
    {
        var change = grouper.Apply(projectId, finding, subject);
        if (change is null)
        {
            return null;
        }

        lock (_gate)
        {
            if (_dirty.Count < MaxDirty || _dirty.ContainsKey(change.Alert.Id))
            {
                _dirty[change.Alert.Id] = change.Alert;
            }
        }

        if (change.Notifies)
        {
            notifier.Notify(change);
        }

        return change;
    }

    /// <summary>Writes every alert changed since the last flush.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        Dictionary<Guid, AlertRecord> batch;
        lock (_gate)
        {
            if (_dirty.Count == 0)
            {
                return;
            }

            (batch, _dirty) = (_dirty, []);
        }

        foreach (var alert in batch.Values)
        {
            try
            {
                await store.SaveAlertAsync(alert, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception) when (!cancellationToken.IsCancellationRequested)
            {
                FailedFlushes++;
                lock (_gate)
                {
                    _dirty.TryAdd(alert.Id, alert);
                }
            }
        }
    }

    public Task<AlertRecord?> AcknowledgeAsync(Guid projectId, Guid alertId, CancellationToken cancellationToken = default) =>
        ChangeAsync(projectId, alertId, grouper.Acknowledge, cancellationToken);

    public Task<AlertRecord?> ResolveAsync(Guid projectId, Guid alertId, CancellationToken cancellationToken = default) =>
        ChangeAsync(projectId, alertId, grouper.Resolve, cancellationToken);

    private async Task<AlertRecord?> ChangeAsync(Guid projectId, Guid alertId, Func<AlertRecord, AlertRecord?> change, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        var alert = await store.GetAlertAsync(projectId, alertId, cancellationToken).ConfigureAwait(false);
        if (alert is null)
        {
            return null;
        }

        var changed = change(alert);
        if (changed is not null && changed != alert)
        {
            await store.SaveAlertAsync(changed, cancellationToken).ConfigureAwait(false);
        }

        return changed;
    }
}
