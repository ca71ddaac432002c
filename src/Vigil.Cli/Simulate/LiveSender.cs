using System.Net;
using System.Text.Json;
using Vigil.Core.Capture;
using Vigil.Protocol;
using Vigil.Simulation;

namespace Vigil.Cli.Simulate;

/// <summary>
/// Sends a simulation to a running collector in real time: each event is re-timed to now plus its offset in the
/// simulation, and batches go out as their moment arrives (every 250 ms), so the collector's detectors see the
/// same pace as the offline run. A 429/503 is honoured with its Retry-After.
/// </summary>
internal sealed class LiveSender(HttpClient http, TimeProvider clock)
{
    private const int MaxBatch = 500;

    public async Task<(int Sent, int Refused)> SendAsync(IEnumerable<SimulatedExchange> stream, DateTimeOffset simulationStart, Action<string>? status, CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        var batch = new List<CapturedExchange>(MaxBatch);
        var sent = 0;
        var refused = 0;
        var flushAt = started + TimeSpan.FromMilliseconds(250);
        foreach (var item in stream)
        {
            var offset = item.Exchange.Timestamp - simulationStart;
            item.Exchange.Timestamp = started + offset;
            item.Exchange.Id = Guid.CreateVersion7(item.Exchange.Timestamp);
            if (item.Exchange.Timestamp >= flushAt || batch.Count >= MaxBatch)
            {
                (sent, refused) = await FlushAsync(batch, sent, refused, cancellationToken).ConfigureAwait(false);
                var wait = item.Exchange.Timestamp - clock.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, clock, cancellationToken).ConfigureAwait(false);
                }

                flushAt = item.Exchange.Timestamp + TimeSpan.FromMilliseconds(250);
                status?.Invoke($"{sent:N0} events sent, {offset:mm\\:ss} simulated");
            }

            batch.Add(item.Exchange);
        }

        return await FlushAsync(batch, sent, refused, cancellationToken).ConfigureAwait(false);
    }

    private async Task<(int, int)> FlushAsync(List<CapturedExchange> batch, int sent, int refused, CancellationToken cancellationToken)
    {
        if (batch.Count == 0)
        {
            return (sent, refused);
        }

        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var content = new StringContent(JsonSerializer.Serialize(new IngestBatch { Events = [.. batch] }, ProtocolJson.Batch), System.Text.Encoding.UTF8, ProtocolConstants.JsonContentType);
            using var response = await http.PostAsync(ProtocolConstants.IngestPath.TrimStart('/'), content, cancellationToken).ConfigureAwait(false);
            if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable)
            {
                await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(1), clock, cancellationToken).ConfigureAwait(false);
                continue;
            }

            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"The collector answered {(int)response.StatusCode} {response.ReasonPhrase}: {await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false)}");
            }

            var count = batch.Count;
            batch.Clear();
            return (sent + count, refused);
        }

        var lost = batch.Count;
        batch.Clear();
        return (sent, refused + lost);
    }
}
