using Microsoft.Extensions.Hosting;
using Vigil.AspNetCore.Configuration;
using Vigil.AspNetCore.Shipping.Threading;
using Vigil.Masking;

namespace Vigil.AspNetCore.Shipping;

/// <summary>
/// The background half of the SDK: reads the queue, fills a batch up to BatchSize or for at most FlushInterval,
/// prepares (masks) each event and sends the batch. On stop it refuses new events and drains the queue until
/// ShutdownTimeout, then abandons the rest. Nothing it does can fail the host. It runs on the thread pool.
/// </summary>
internal sealed class VigilShipper(VigilRuntime runtime, ExchangeQueue queue) : IHostedService, IDisposable
{
    private readonly CancellationTokenSource _abort = new();
    private readonly LogRateLimiter _dropLimiter = new(runtime.Clock, TimeSpan.FromMinutes(1));
    private long _reportedRejections;
    private BatchSender? _sender;
    private Task? _loop;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = runtime.Settings;
        if (settings is null)
        {
            return Task.CompletedTask;
        }

        try
        {
            var preparer = new EventPreparer(runtime, settings, CreateMasker(settings));
            _sender = new BatchSender(runtime, settings, new IngestClient(settings, runtime.Clock), IngestPipeline.Create(settings, runtime.Clock));
            // On the pool, not a thread of its own: measured, a dedicated thread got a smaller share of a saturated CPU
            // and dropped 25 % of events where the pool-run loop dropped 0-2.5 %. Not at a lower OS priority either:
            // on Linux every thread the runtime creates from a niced thread (the timer thread, pool workers) inherits
            // the nice value, so the host's own timers and requests would run at it too (bench/README.md).
            _loop = Task.Run(() => RunAsync(settings, preparer, _sender, _abort.Token), CancellationToken.None);
        }
        catch (Exception ex)
        {
            // Queued events will be counted as dropped at shutdown; capture itself keeps the host unaffected.
            runtime.ReportInternalError("starting the shipper", ex);
        }

        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Complete();
        if (_loop is null || runtime.Settings is not { } settings)
        {
            return;
        }

        using var deadline = runtime.Clock.CreateTimer(static s => ((CancellationTokenSource)s!).Cancel(), _abort, settings.ShutdownTimeout, Timeout.InfiniteTimeSpan);
        try
        {
            await _loop.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // The host's own shutdown deadline came first.
            await _abort.CancelAsync().ConfigureAwait(false);
        }

        var left = 0L;
        while (queue.Reader.TryRead(out var item))
        {
            left++;
            queue.Release(item.ApproximateBytes);
        }

        if (left > 0)
        {
            runtime.Metrics.OnDropped(left);
            Log.ShutdownIncomplete(runtime.Logger, left, settings.ShutdownTimeout);
        }
    }

    public void Dispose()
    {
        _abort.Cancel();
        _sender?.Dispose();
        _abort.Dispose();
    }

    private async Task RunAsync(VigilSettings settings, EventPreparer preparer, BatchSender sender, CancellationToken abort)
    {
        var items = new List<QueuedExchange>(settings.BatchSize);
        var events = new List<PreparedEvent>(settings.BatchSize);
        while (!abort.IsCancellationRequested)
        {
            var handedOver = false;
            try
            {
                if (!await BatchFiller.FillAsync(queue.Reader, items, settings, runtime.Clock, abort).ConfigureAwait(false))
                {
                    return;
                }

                handedOver = true;

                // Preparing, serializing and starting the send run synchronously on this one thread, so its CPU clock
                // measures them; waiting for the queue and the collector is left out.
                var cpu = ThreadCpu.Now();
                foreach (var item in items)
                {
                    if (preparer.Prepare(item) is { } prepared)
                    {
                        events.Add(prepared);
                    }
                }

                var sending = sender.SendAsync(events, abort);
                if (cpu is { } start && ThreadCpu.Now() is { } end)
                {
                    runtime.Metrics.OnShipperCpu(end - start);
                }

                await sending.ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (abort.IsCancellationRequested)
            {
                // Shutdown cut the batch off while it was still filling.
                if (!handedOver)
                {
                    runtime.Metrics.OnDropped(items.Count);
                }

                return;
            }
            catch (Exception ex)
            {
                runtime.ReportInternalError("shipping a batch", ex);
            }
            finally
            {
                foreach (var item in items)
                {
                    queue.Release(item.ApproximateBytes);
                }

                items.Clear();
                events.Clear();
                ReportQueueDrops(settings);
            }
        }
    }

    private void ReportQueueDrops(VigilSettings settings)
    {
        var total = queue.Rejections;
        if (total == _reportedRejections || !_dropLimiter.TryEnter(out _))
        {
            return;
        }

        Log.EventsDropped(runtime.Logger, total - _reportedRejections, settings.QueueCapacity, settings.MaxQueueBytes);
        _reportedRejections = total;
    }

    private Masker? CreateMasker(VigilSettings settings)
    {
        try
        {
            return new Masker(settings.Masking);
        }
        catch (Exception ex)
        {
            // Without a masker every event is dropped at preparation: better no data than unmasked data.
            runtime.ReportInternalError("creating the masker from Vigil:Masking", ex);
            return null;
        }
    }
}
