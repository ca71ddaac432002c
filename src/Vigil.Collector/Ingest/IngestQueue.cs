using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vigil.Collector.Behaviour;
using Vigil.Storage;

namespace Vigil.Collector.Ingest;

/// <summary>
/// Between the ingest endpoint and the store. Batches waiting at the same moment are committed in one
/// transaction (group commit: one fsync for many senders); each sender is answered only once its batch is
/// durable. Admission is bounded by <see cref="CollectorOptions.MaxPendingEvents"/>: a full queue refuses at
/// once (the endpoint answers 429) instead of growing memory or stalling senders.
/// </summary>
internal sealed partial class IngestQueue(IEventStore store, CollectorOptions options, BehaviourPipeline behaviour, ILogger<IngestQueue> logger) : BackgroundService
{
    private readonly Channel<PendingBatch> _channel = Channel.CreateUnbounded<PendingBatch>(new UnboundedChannelOptions { SingleReader = true });
    private int _pendingEvents;

    /// <summary>True when no further batch fits; checked before a request body is read.</summary>
    public bool Saturated => Volatile.Read(ref _pendingEvents) >= options.MaxPendingEvents;

    /// <summary>True once shutdown began: nothing more is accepted (the endpoint answers 503, not 429).</summary>
    public bool Closed { get; private set; }

    /// <summary>Queues a batch; null when the collector is saturated or closing and the sender should retry later.</summary>
    public Task<int>? TryEnqueue(List<EventWrite> events)
    {
        if (Interlocked.Add(ref _pendingEvents, events.Count) > options.MaxPendingEvents)
        {
            Interlocked.Add(ref _pendingEvents, -events.Count);
            return null;
        }

        var pending = new PendingBatch(events);
        if (!_channel.Writer.TryWrite(pending))
        {
            Interlocked.Add(ref _pendingEvents, -events.Count);
            return null;
        }

        return pending.Completion.Task;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var group = new List<PendingBatch>();
        try
        {
            while (await _channel.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                await DrainAsync(group).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: commit what was already accepted, then refuse the rest.
            Closed = true;
            _channel.Writer.TryComplete();
            await DrainAsync(group).ConfigureAwait(false);
        }
    }

    private async Task DrainAsync(List<PendingBatch> group)
    {
        while (_channel.Reader.TryPeek(out _))
        {
            group.Clear();
            var events = 0;
            while (events < options.MaxEventsPerCommit && _channel.Reader.TryRead(out var next))
            {
                group.Add(next);
                events += next.Events.Count;
            }

            await CommitAsync(group).ConfigureAwait(false);
            Interlocked.Add(ref _pendingEvents, -events);
        }
    }

    private async Task CommitAsync(List<PendingBatch> group)
    {
        try
        {
            var all = group.Count == 1 ? group[0].Events : group.SelectMany(b => b.Events).ToList();
            var result = await store.AppendAsync(all, CancellationToken.None).ConfigureAwait(false);
            var offset = 0;
            foreach (var batch in group)
            {
                var stored = 0;
                for (var i = 0; i < batch.Events.Count; i++)
                {
                    stored += result.Inserted[offset + i] ? 1 : 0;
                }

                behaviour.Post(batch.Events, result.Inserted, offset);
                offset += batch.Events.Count;
                batch.Completion.TrySetResult(stored);
            }
        }
        catch (Exception ex) when (group.Count > 1)
        {
            // One batch must not fail the others that happened to share its transaction: retry them one by one.
            LogGroupCommitFailed(logger, ex, group.Count);
            foreach (var batch in group)
            {
                await CommitAsync([batch]).ConfigureAwait(false);
            }
        }
        catch (Exception ex)
        {
            LogCommitFailed(logger, ex, group[0].Events.Count);
            group[0].Completion.TrySetException(ex);
        }
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "A group commit of {Batches} batches failed; committing them one by one")]
    private static partial void LogGroupCommitFailed(ILogger logger, Exception exception, int batches);

    [LoggerMessage(EventId = 1102, Level = LogLevel.Error, Message = "Storing a batch of {Events} events failed; the sender was told to retry")]
    private static partial void LogCommitFailed(ILogger logger, Exception exception, int events);

    private sealed record PendingBatch(List<EventWrite> Events)
    {
        public TaskCompletionSource<int> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
