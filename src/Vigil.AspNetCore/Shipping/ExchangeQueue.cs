using System.Threading.Channels;
using Vigil.AspNetCore.Configuration;

namespace Vigil.AspNetCore.Shipping;

/// <summary>
/// The hand-off between request threads and the shipper, bounded twice: by event count (the channel) and by
/// approximate bytes (charged on enqueue, released when the event's batch is done, so in-flight batches count too).
/// When either bound is reached the NEW event is dropped and counted; a request never waits here.
/// </summary>
internal sealed class ExchangeQueue
{
    private readonly Channel<QueuedExchange> _channel;
    private readonly VigilMetrics _metrics;
    private readonly long _maxBytes;
    private long _bytes;
    private long _rejections;

    public ExchangeQueue(VigilRuntime runtime)
    {
        _metrics = runtime.Metrics;
        var settings = runtime.Settings;
        _maxBytes = settings?.MaxQueueBytes ?? 0;
        _channel = Channel.CreateBounded<QueuedExchange>(new BoundedChannelOptions(settings?.QueueCapacity ?? 1)
        {
            // Wait mode makes TryWrite fail when full instead of evicting an older event.
            FullMode = BoundedChannelFullMode.Wait,
            SingleReader = true,
            SingleWriter = false,
        });
    }

    public ChannelReader<QueuedExchange> Reader => _channel.Reader;

    /// <summary>Approximate bytes of events queued or in a batch not yet finished.</summary>
    public long PendingBytes => Interlocked.Read(ref _bytes);

    /// <summary>Events refused because the queue was full, since start-up.</summary>
    public long Rejections => Interlocked.Read(ref _rejections);

    public bool TryEnqueue(QueuedExchange item)
    {
        if (Interlocked.Add(ref _bytes, item.ApproximateBytes) > _maxBytes || !_channel.Writer.TryWrite(item))
        {
            Interlocked.Add(ref _bytes, -item.ApproximateBytes);
            Interlocked.Increment(ref _rejections);
            _metrics.OnDropped();
            return false;
        }

        return true;
    }

    /// <summary>Returns an event's share of the byte budget once it was shipped or given up on.</summary>
    public void Release(long approximateBytes) => Interlocked.Add(ref _bytes, -approximateBytes);

    /// <summary>No more events are accepted (later ones count as dropped); the shipper drains what is queued.</summary>
    public void Complete() => _channel.Writer.TryComplete();
}
