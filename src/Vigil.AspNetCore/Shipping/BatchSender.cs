using Polly;
using Vigil.AspNetCore.Configuration;
using Vigil.Protocol;

namespace Vigil.AspNetCore.Shipping;

/// <summary>
/// Sends prepared events and turns every outcome into counters and (rate-limited) log lines; it never throws.
/// A batch over the protocol's byte limits is split in halves rather than sent to certain refusal.
/// </summary>
internal sealed class BatchSender(VigilRuntime runtime, VigilSettings settings, IngestClient client, ResiliencePipeline<IngestResponse> pipeline)
    : IDisposable
{
    private readonly BatchSerializer _serializer = new();
    private readonly LogRateLimiter _rejectedLimiter = new(runtime.Clock, TimeSpan.FromMinutes(1));
    private readonly LogRateLimiter _failedLimiter = new(runtime.Clock, TimeSpan.FromMinutes(1));

    public async Task SendAsync(List<PreparedEvent> events, CancellationToken abort)
    {
        if (events.Count == 0)
        {
            return;
        }

        ReadOnlyMemory<byte> payload;
        try
        {
            payload = _serializer.Serialize(events, out var jsonBytes);
            if (jsonBytes > ProtocolLimits.MaxDecompressedBytes || payload.Length > ProtocolLimits.MaxRequestBytes)
            {
                await SplitAsync(events, abort).ConfigureAwait(false);
                return;
            }
        }
        catch (Exception ex)
        {
            runtime.Metrics.OnDropped(events.Count);
            runtime.ReportInternalError("serializing a batch", ex);
            return;
        }

        try
        {
            var response = await pipeline.ExecuteAsync(
                static (state, token) => state.client.SendAsync(state.payload, token),
                (client, payload),
                abort).ConfigureAwait(false);
            Record(events.Count, response);
        }
        catch (OperationCanceledException) when (abort.IsCancellationRequested)
        {
            runtime.Metrics.OnFailedBatch();
        }
        catch (Exception ex)
        {
            runtime.Metrics.OnFailedBatch();
            if (_failedLimiter.TryEnter(out var suppressed))
            {
                Log.BatchFailed(runtime.Logger, events.Count, ex.Message, settings.IngestUri, suppressed);
            }
        }
    }

    public void Dispose()
    {
        client.Dispose();
        _serializer.Dispose();
    }

    private async Task SplitAsync(List<PreparedEvent> events, CancellationToken abort)
    {
        if (events.Count == 1)
        {
            runtime.Metrics.OnDropped();
            runtime.ReportInternalError("sending an event", new InvalidOperationException("one event is larger than the protocol allows in a batch"));
            return;
        }

        var half = events.Count / 2;
        await SendAsync(events.GetRange(0, half), abort).ConfigureAwait(false);
        await SendAsync(events.GetRange(half, events.Count - half), abort).ConfigureAwait(false);
    }

    private void Record(int count, IngestResponse response)
    {
        if (response.IsSuccess)
        {
            runtime.Metrics.OnShipped(count);
            return;
        }

        if (response.IsTransient)
        {
            runtime.Metrics.OnFailedBatch();
            if (_failedLimiter.TryEnter(out var suppressed))
            {
                Log.BatchFailed(runtime.Logger, count, $"the collector still answered HTTP {response.Status} after {settings.MaxRetries} retries", settings.IngestUri, suppressed);
            }

            return;
        }

        runtime.Metrics.OnRejectedBatch();
        if (_rejectedLimiter.TryEnter(out var rejectedSuppressed))
        {
            Log.BatchRejected(runtime.Logger, settings.IngestUri, count, response.Status, response.Problem ?? "", rejectedSuppressed);
        }
    }
}
