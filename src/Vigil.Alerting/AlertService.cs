using Vigil.Alerting.Grouping;
using Vigil.Core.Findings;
using Vigil.Storage.Alerts;

namespace Vigil.Alerting;

/// <summary>
/// Alerts for the collector: groups findings (in memory, at event speed), writes changed alerts to the store in
/// batches (<see cref="FlushAsync"/>), and hands new or escalated alerts to the notifier without waiting on it.
/// Every write goes through the dirty set and one flush at a time, in order: the store replaces by id, so two
/// overlapping flushes (the pipeline's and a reader's) or an ack written beside a flush could otherwise let an
/// older copy land last — stale counts, a lost escalation, an ack undone, and all of it persisting after restart.
/// </summary>
public sealed class AlertService(AlertGrouper grouper, IAlertStore store, IAlertNotifier notifier, TimeProvider clock, AlertingOptions options)
{
    private const int MaxDirty = 10_000;
    private readonly object _gate = new();
    private readonly SemaphoreSlim _flush = new(1, 1);
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
        AlertChange? change;
        lock (_gate)
        {
            // Grouping and marking dirty under one lock: the copy in the dirty set is always the grouper's newest.
            change = grouper.Apply(projectId, finding, subject);
            if (change is null)
            {
                return null;
            }

            MarkDirty(change.Alert);
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
        await _flush.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
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
                        _dirty.TryAdd(alert.Id, alert); // a newer copy marked meanwhile wins
                    }
                }
            }
        }
        finally
        {
            _flush.Release();
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

        AlertRecord? changed;
        lock (_gate)
        {
            changed = change(alert); // from the grouper's live copy when it has one, so newer findings are kept
            if (changed is not null && changed != alert)
            {
                MarkDirty(changed, force: true);
            }
        }

        await FlushAsync(cancellationToken).ConfigureAwait(false);
        return changed;
    }

    private void MarkDirty(AlertRecord alert, bool force = false)
    {
        if (force || _dirty.Count < MaxDirty || _dirty.ContainsKey(alert.Id))
        {
            _dirty[alert.Id] = alert;
        }
    }
}
