using System.Threading.Channels;
using Vigil.AspNetCore.Configuration;

namespace Vigil.AspNetCore.Shipping;

/// <summary>
/// Forms batches: a batch opens with its first event and closes when full or FlushInterval later, so an event
/// waits at most FlushInterval in a quiet period and a busy period sends full batches without waiting.
/// </summary>
internal static class BatchFiller
{
    /// <summary>Waits for a first event, then takes more until the batch is full or FlushInterval has passed. False when drained.</summary>
    public static async Task<bool> FillAsync(
        ChannelReader<QueuedExchange> reader, List<QueuedExchange> items, VigilSettings settings, TimeProvider clock, CancellationToken abort)
    {
        if (!await reader.WaitToReadAsync(abort).ConfigureAwait(false))
        {
            return false;
        }

        while (items.Count < settings.BatchSize && reader.TryRead(out var item))
        {
            items.Add(item);
        }

        if (items.Count >= settings.BatchSize)
        {
            return true;
        }

        using var window = new CancellationTokenSource(settings.FlushInterval, clock);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(abort, window.Token);
        try
        {
            while (items.Count < settings.BatchSize && await reader.WaitToReadAsync(linked.Token).ConfigureAwait(false))
            {
                while (items.Count < settings.BatchSize && reader.TryRead(out var item))
                {
                    items.Add(item);
                }
            }
        }
        catch (OperationCanceledException) when (!abort.IsCancellationRequested)
        {
            // The flush window closed: send what we have.
        }

        return true;
    }
}
