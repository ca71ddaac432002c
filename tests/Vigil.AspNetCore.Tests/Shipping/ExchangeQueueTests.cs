using Microsoft.Extensions.Options;
using Vigil.AspNetCore.Configuration;
using Vigil.AspNetCore.Shipping;
using Vigil.Core.Capture;

namespace Vigil.AspNetCore.Tests.Shipping;

public sealed class ExchangeQueueTests
{
    [Fact]
    public void The_count_bound_drops_the_new_event()
    {
        var (queue, metrics) = Create(capacity: 2, maxBytes: 1_000_000);

        Assert.True(queue.TryEnqueue(Item(10)));
        Assert.True(queue.TryEnqueue(Item(10)));
        Assert.False(queue.TryEnqueue(Item(10)));

        Assert.Equal(1, metrics.Dropped);
        Assert.Equal(20, queue.PendingBytes);
    }

    [Fact]
    public void The_byte_bound_drops_the_new_event_and_frees_room_on_release()
    {
        var (queue, metrics) = Create(capacity: 100, maxBytes: 1000);

        Assert.True(queue.TryEnqueue(Item(600)));
        Assert.False(queue.TryEnqueue(Item(600)));
        Assert.True(queue.TryEnqueue(Item(400)));
        Assert.Equal(1, metrics.Dropped);

        Assert.True(queue.Reader.TryRead(out var first));
        Assert.False(queue.TryEnqueue(Item(600)));
        queue.Release(first.ApproximateBytes);
        Assert.True(queue.TryEnqueue(Item(600)));
    }

    [Fact]
    public void After_completion_events_are_dropped()
    {
        var (queue, metrics) = Create(capacity: 10, maxBytes: 1000);
        queue.Complete();

        Assert.False(queue.TryEnqueue(Item(1)));
        Assert.Equal(1, metrics.Dropped);
        Assert.Equal(0, queue.PendingBytes);
    }

    private static (ExchangeQueue Queue, VigilMetrics Metrics) Create(int capacity, long maxBytes)
    {
        var metrics = new VigilMetrics();
        var options = Options.Create(new VigilOptions { Endpoint = "http://127.0.0.1:1", ApiKey = "k", QueueCapacity = capacity, MaxQueueBytes = maxBytes });
        return (new ExchangeQueue(new VigilRuntime(options, metrics, TimeProvider.System)), metrics);
    }

    private static QueuedExchange Item(long bytes) => new() { Exchange = new CapturedExchange(), ApproximateBytes = bytes };
}
