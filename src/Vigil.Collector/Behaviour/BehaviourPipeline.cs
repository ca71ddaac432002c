using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Vigil.Alerting;
using Vigil.Collector.Settings;
using Vigil.Detection.Behaviour;
using Vigil.Detection.Behaviour.Events;
using Vigil.Storage;

namespace Vigil.Collector.Behaviour;

/// <summary>
/// Runs the behavioural detectors and alerting on committed events, off the ingest path: the ingest queue posts
/// events once they are durable and never waits; one background loop feeds each project's engine in commit order
/// and writes changed alerts after each drained run. When detection falls <see cref="CollectorOptions.MaxBehaviourBacklog"/>
/// behind, new events skip it (counted and logged) instead of slowing ingest.
/// </summary>
internal sealed partial class BehaviourPipeline(CollectorOptions options, AlertService alerts, ProjectSettingsRegistry settings, IVigilStore store, ILogger<BehaviourPipeline> logger) : BackgroundService
{
    private static readonly Func<Core.Findings.Finding, bool> Always = static _ => true;
    private const int MaxProjects = 1_000;
    private readonly Channel<StoredEvent> _queue = Channel.CreateBounded<StoredEvent>(
        new BoundedChannelOptions(Math.Max(1, options.MaxBehaviourBacklog)) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private readonly Dictionary<Guid, BehaviourEngine> _engines = [];
    private readonly DetectorWarmup _warmup = new(store, alerts, options.Behaviour);
    private long _skipped;
    private long _processed;
    private bool _failureLogged;

    public long Skipped => Interlocked.Read(ref _skipped);

    public long Processed => Interlocked.Read(ref _processed);

    /// <summary>Stored events replayed through the detectors at start-up (see <see cref="DetectorWarmup"/>).</summary>
    public long Replayed { get; private set; }

    /// <summary>Set once the start-up replay is over (done, failed or skipped): live events are detected from then on.</summary>
    public bool Warm { get; private set; }

    /// <summary>Queues the inserted events of one committed batch; never blocks.</summary>
    public void Post(IReadOnlyList<EventWrite> events, IReadOnlyList<bool> inserted, int offset)
    {
        for (var i = 0; i < events.Count; i++)
        {
            if (inserted[offset + i] && !_queue.Writer.TryWrite(events[i].Event) && Interlocked.Increment(ref _skipped) % 10_000 == 1)
            {
                LogBacklogFull(logger, options.MaxBehaviourBacklog);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await alerts.LoadAsync(stoppingToken).ConfigureAwait(false);
            await settings.LoadAlertRulesAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LogLoadFailed(logger, ex);
        }

        await WarmAsync(stoppingToken).ConfigureAwait(false);
        try
        {
            while (await _queue.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                var n = 0;
                while (n < 5_000 && _queue.Reader.TryRead(out var stored))
                {
                    // A replayed event stored after start-up was observed by the detectors already, but its
                    // request-rule findings were left to this queue: they still alert.
                    var replayed = _warmup.Replayed.Count > 0 && _warmup.Replayed.Remove(stored.Id);
                    Process(stored, Always, behaviour: !replayed, ruleFindings: true);

                    n++;
                }

                if (_queue.Reader.Count == 0)
                {
                    _warmup.Replayed.Clear(); // everything committed before the replay has come through the queue
                }

                Interlocked.Add(ref _processed, n);
                await alerts.FlushAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            await alerts.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }

    // Live events queue up meanwhile (ingest never waits); the replay is bounded by MaxWarmupEvents.
    private async Task WarmAsync(CancellationToken stoppingToken)
    {
        try
        {
            await _warmup.RunAsync((stored, keep) => Process(stored, keep, behaviour: true, ruleFindings: false), stoppingToken).ConfigureAwait(false);
            await alerts.FlushAsync(stoppingToken).ConfigureAwait(false);
            Replayed = _warmup.Replayed.Count;
            LogWarmed(logger, Replayed);
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            LogWarmupFailed(logger, ex);
        }
        catch (OperationCanceledException)
        {
        }

        Warm = true;
    }

    private void Process(StoredEvent stored, Func<Core.Findings.Finding, bool> keep, bool behaviour, bool ruleFindings)
    {
        try
        {
            var e = BehaviourEventReader.Read(stored.Exchange, stored.Endpoint.ToString(), stored.Findings, options.Behaviour, stored.ClientKey);
            foreach (var finding in behaviour ? Engine(stored.ProjectId).Observe(e) : [])
            {
                if (keep(finding))
                {
                    alerts.Apply(stored.ProjectId, finding, e.Client);
                }
            }

            foreach (var finding in ruleFindings ? stored.Findings : [])
            {
                alerts.Apply(stored.ProjectId, finding, e.Client);
            }
        }
        catch (Exception ex)
        {
            if (!_failureLogged)
            {
                _failureLogged = true;
                LogEventFailed(logger, ex, stored.Id);
            }
        }
    }

    private BehaviourEngine Engine(Guid projectId)
    {
        if (!_engines.TryGetValue(projectId, out var engine))
        {
            if (_engines.Count >= MaxProjects)
            {
                _engines.Clear();
            }

            _engines[projectId] = engine = new BehaviourEngine(options.Behaviour);
        }

        return engine;
    }

    [LoggerMessage(EventId = 1201, Level = LogLevel.Warning, Message = "Behavioural detection is {Backlog} events behind; newer events skip detection until it catches up")]
    private static partial void LogBacklogFull(ILogger logger, int backlog);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Error, Message = "Loading live alerts failed; grouping starts empty")]
    private static partial void LogLoadFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 1203, Level = LogLevel.Error, Message = "Behavioural detection failed on event {EventId}; further failures are not logged")]
    private static partial void LogEventFailed(ILogger logger, Exception exception, Guid eventId);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Information, Message = "Behavioural detectors warmed with {Events} stored events")]
    private static partial void LogWarmed(ILogger logger, long events);

    [LoggerMessage(EventId = 1205, Level = LogLevel.Error, Message = "Replaying stored events into the behavioural detectors failed; they start cold")]
    private static partial void LogWarmupFailed(ILogger logger, Exception exception);
}
