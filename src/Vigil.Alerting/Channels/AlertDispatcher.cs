using System.Threading.Channels;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using Vigil.Alerting.Grouping;
using Vigil.Storage.Alerts;

namespace Vigil.Alerting.Channels;

/// <summary>
/// Delivers alert notices to each project's channels, off the detection path: <see cref="Notify"/> only queues
/// (bounded; a full queue drops and counts), and <see cref="RunAsync"/> sends with a per-attempt timeout and
/// exponential-backoff retries (Polly), writing every outcome to the delivery log. A dead channel costs its own
/// retries and nothing else.
/// </summary>
public sealed class AlertDispatcher : IAlertNotifier
{
    private readonly Channel<AlertChange> _queue;
    private readonly IAlertStore _store;
    private readonly HttpClient _http;
    private readonly TimeProvider _clock;
    private readonly ResiliencePipeline<DeliveryAttempt> _pipeline;
    private readonly bool _allowPrivate;
    private long _dropped;

    /// <param name="http">Build it with <see cref="ChannelTargetGuard.CreateHttpClient"/> and the same opt-in as <see cref="DispatcherOptions.AllowPrivateTargets"/>.</param>
    public AlertDispatcher(IAlertStore store, HttpClient http, TimeProvider clock, DispatcherOptions? options = null)
    {
        var o = options ?? new DispatcherOptions();
        _allowPrivate = o.AllowPrivateTargets;
        _store = store;
        _http = http;
        _clock = clock;
        _queue = Channel.CreateBounded<AlertChange>(new BoundedChannelOptions(o.QueueCapacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });
        _pipeline = new ResiliencePipelineBuilder<DeliveryAttempt> { TimeProvider = clock }
            .AddRetry(new RetryStrategyOptions<DeliveryAttempt>
            {
                MaxRetryAttempts = o.MaxRetries,
                Delay = o.FirstRetryDelay,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder<DeliveryAttempt>()
                    .HandleResult(r => !r.Delivered && r.Transient)
                    .Handle<HttpRequestException>(e => !DeliveryError.IsRefusedTarget(e)) // a refused address stays refused
                    .Handle<TimeoutRejectedException>()
                    .Handle<IOException>()
                    .Handle<System.Net.Mail.SmtpException>(),
            })
            .AddTimeout(o.AttemptTimeout)
            .Build();
    }

    /// <summary>Notices dropped because the queue was full (channels far behind).</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    public void Notify(AlertChange change)
    {
        if (!_queue.Writer.TryWrite(change))
        {
            Interlocked.Increment(ref _dropped);
        }
    }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var change in _queue.Reader.ReadAllAsync(cancellationToken).ConfigureAwait(false))
            {
                await DeliverAsync(change, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: undelivered notices stay visible as open alerts.
        }
    }

    public async Task DeliverAsync(AlertChange change, CancellationToken cancellationToken)
    {
        IReadOnlyList<ChannelConfig> channels;
        try
        {
            channels = await _store.ListChannelsAsync(change.Alert.ProjectId, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            return; // the store is failing; the alert itself is kept and visible through the API
        }

        var sends = channels
            .Where(c => c.Enabled && change.Alert.Threat >= c.MinThreat && ChannelFactory.Problems(c, allowPrivate: true).Count == 0)
            .Select(c => SendAsync(c, change, cancellationToken));
        await Task.WhenAll(sends).ConfigureAwait(false);
    }

    private async Task SendAsync(ChannelConfig config, AlertChange change, CancellationToken cancellationToken)
    {
        var channel = ChannelFactory.Create(config, _http, _clock, _allowPrivate);
        var attempts = 0;
        DeliveryAttempt outcome;
        try
        {
            outcome = await _pipeline.ExecuteAsync(
                async ct =>
                {
                    attempts++;
                    return await channel.SendAsync(change, ct).ConfigureAwait(false);
                },
                cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            outcome = new DeliveryAttempt(false, true, null, DeliveryError.Classify(ex));
        }

        var record = new DeliveryRecord(Guid.CreateVersion7(_clock.GetUtcNow()), change.Alert.ProjectId, change.Alert.Id, config.Name, attempts,
            outcome.Delivered, outcome.HttpStatus, outcome.Error is { Length: > 500 } e ? e[..500] : outcome.Error, _clock.GetUtcNow());
        try
        {
            await _store.AddDeliveryAsync(record, CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // A failing store must not stop deliveries to the other channels.
        }
    }
}

/// <summary>Retry and queue settings of the dispatcher.</summary>
public sealed record DispatcherOptions
{
    public int QueueCapacity { get; init; } = 1_000;

    public int MaxRetries { get; init; } = 4;

    public TimeSpan FirstRetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Lets SMTP channels reach loopback and private addresses; see <see cref="AlertingOptions.AllowPrivateChannelTargets"/>.</summary>
    public bool AllowPrivateTargets { get; init; }
}
