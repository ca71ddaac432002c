using Microsoft.AspNetCore.Builder;
using Vigil.AspNetCore.Tests.Support;

namespace Vigil.AspNetCore.Tests.Shipping;

public sealed class QueueAndShutdownTests
{
    [Fact]
    public async Task When_the_queue_is_full_new_events_are_dropped_and_counted_and_requests_still_succeed()
    {
        await using var collector = await FakeCollector.StartAsync();
        collector.Hang = true;
        await using var app = await TestApp.StartAsync(
            TestApp.ShippingTo(collector, o =>
            {
                o.QueueCapacity = 2;
                o.BatchSize = 1;
                o.ShutdownTimeout = TimeSpan.Zero;
            }),
            app => app.MapGet("/q/{i:int}", (int i) => i * 2));

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal((i * 2).ToString(System.Globalization.CultureInfo.InvariantCulture), await app.Client.GetStringAsync($"/q/{i}"));
        }

        // At most one event is stuck in the hanging send and two wait in the queue; the rest were dropped.
        Assert.Equal(20, app.Metrics.Captured);
        Assert.True(app.Metrics.Dropped >= 17, app.Metrics.ToString());
    }

    [Fact]
    public async Task Stopping_the_host_flushes_the_queue_without_waiting_for_the_flush_interval()
    {
        await using var collector = await FakeCollector.StartAsync();
        var app = await TestApp.StartAsync(
            TestApp.ShippingTo(collector, o => o.FlushInterval = TimeSpan.FromHours(1)),
            app => app.MapGet("/s/{i:int}", (int i) => i));
        await using (app)
        {
            for (var i = 0; i < 3; i++)
            {
                await app.Client.GetStringAsync($"/s/{i}");
            }

            await app.StopAsync().WaitAsync(TimeSpan.FromSeconds(30));

            Assert.Equal(3, collector.AcceptedEvents.Count);
            Assert.Equal(3, app.Metrics.Shipped);
            Assert.Equal(0, app.Metrics.Dropped);
        }
    }
}
