using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Vigil.AspNetCore.Tests.Support;

namespace Vigil.AspNetCore.Tests.Shipping;

/// <summary>Whatever the collector does, the host keeps answering correctly and the SDK counts what happened.</summary>
public sealed class ResilienceTests
{
    [Fact]
    public async Task With_the_collector_down_the_host_keeps_serving_and_batches_fail_after_retries()
    {
        var closedPort = FreePort();
        await using var app = await TestApp.StartAsync(
            o =>
            {
                o.Endpoint = $"http://127.0.0.1:{closedPort}";
                o.ApiKey = "k";
                o.FlushInterval = TimeSpan.FromMilliseconds(20);
                o.MaxRetries = 2;
                o.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
            },
            app => app.MapGet("/hello/{name}", (string name) => $"hello {name}"));

        for (var i = 0; i < 50; i++)
        {
            Assert.Equal($"hello n{i}", await app.Client.GetStringAsync($"/hello/n{i}"));
        }

        await Eventually.TrueAsync(() => app.Metrics.FailedBatches >= 1, "a batch to be given up on");
        Assert.Equal(50, app.Metrics.Captured);
        Assert.Equal(0, app.Metrics.Shipped);
        Assert.Equal(0, app.Metrics.InternalErrors);
        Assert.NotEmpty(app.Logs.WithEventId(21));
    }

    [Fact]
    public async Task With_the_collector_hanging_every_request_completes_and_shutdown_is_bounded()
    {
        await using var collector = await FakeCollector.StartAsync();
        collector.Hang = true;
        var app = await TestApp.StartAsync(
            TestApp.ShippingTo(collector, o =>
            {
                o.QueueCapacity = 20;
                o.BatchSize = 5;
                o.RequestTimeout = TimeSpan.FromSeconds(30);
                o.ShutdownTimeout = TimeSpan.FromMilliseconds(500);
            }),
            app => app.MapGet("/item/{id:int}", (int id) => Results.Json(new { id })));
        await using (app)
        {
            var requests = Enumerable.Range(0, 300).Select(async i =>
            {
                var body = await app.Client.GetStringAsync($"/item/{i}");
                Assert.Equal($$"""{"id":{{i}}}""", body);
            });

            // Completion, not latency: all 300 finish although every send to the collector is stuck.
            await Task.WhenAll(requests).WaitAsync(TimeSpan.FromSeconds(60));
            await Eventually.TrueAsync(() => collector.Attempts >= 1, "the shipper to be stuck in a send");
            Assert.Equal(300, app.Metrics.Captured);
            Assert.True(app.Metrics.Dropped > 0, app.Metrics.ToString());

            // Stopping gives up the stuck batch (one failed batch of at most 5) and drops what is still queued.
            await app.StopAsync().WaitAsync(TimeSpan.FromSeconds(30));
            Assert.Equal(0, app.Metrics.Shipped);
            Assert.Equal(1, app.Metrics.FailedBatches);
            Assert.InRange(app.Metrics.Dropped, 295, 299);
            Assert.NotEmpty(app.Logs.WithEventId(22));
        }
    }

    [Fact]
    public async Task A_429_is_retried_after_the_delay_the_collector_asked_for_and_then_delivered()
    {
        await using var collector = await FakeCollector.StartAsync();
        collector.Respond(429, retryAfter: "0");
        await using var app = await TestApp.StartAsync(
            // Backoff alone would wait ~10 minutes: delivery within the test's deadline proves Retry-After was honoured.
            TestApp.ShippingTo(collector, o => o.RetryBaseDelay = TimeSpan.FromMinutes(10)),
            app => app.MapGet("/busy", () => "ok"));

        Assert.Equal("ok", await app.Client.GetStringAsync("/busy"));

        var e = await collector.WaitForEventAsync(x => x.Request.Path == "/busy");
        Assert.Equal(2, collector.Attempts);
        Assert.Single(collector.AcceptedEvents);
        Assert.Equal(200, e.Response.Status);
        await Eventually.TrueAsync(() => app.Metrics.Shipped == 1, "Shipped to count the retried event");
        Assert.Equal(0, app.Metrics.FailedBatches);
    }

    [Fact]
    public async Task Server_errors_are_retried_MaxRetries_times_then_the_batch_is_counted_as_failed()
    {
        await using var collector = await FakeCollector.StartAsync();
        for (var i = 0; i < 3; i++)
        {
            collector.Respond(503);
        }

        await using var app = await TestApp.StartAsync(
            TestApp.ShippingTo(collector, o => o.MaxRetries = 2),
            app => app.MapGet("/flaky", () => "ok"));

        Assert.Equal("ok", await app.Client.GetStringAsync("/flaky"));

        await Eventually.TrueAsync(() => app.Metrics.FailedBatches == 1, "the batch to fail");
        Assert.Equal(3, collector.Attempts);
        Assert.Equal(0, app.Metrics.Shipped);
        Assert.Equal(0, app.Metrics.RejectedBatches);
    }

    [Fact]
    public async Task A_400_is_not_retried_and_counts_as_a_rejected_batch()
    {
        await using var collector = await FakeCollector.StartAsync();
        collector.Respond(400);
        await using var app = await TestApp.StartAsync(
            TestApp.ShippingTo(collector, o => o.BatchSize = 1),
            app => app.MapGet("/n/{i:int}", (int i) => i));

        Assert.Equal("1", await app.Client.GetStringAsync("/n/1"));
        await Eventually.TrueAsync(() => app.Metrics.RejectedBatches == 1, "the batch to be rejected");

        // Had the 400 been retried, the retry would have taken this 202 and delivered /n/1.
        Assert.Equal("2", await app.Client.GetStringAsync("/n/2"));
        await collector.WaitForEventAsync(x => x.Request.Path == "/n/2");
        Assert.Equal(2, collector.Attempts);
        Assert.DoesNotContain(collector.AcceptedEvents, x => x.Request.Path == "/n/1");
        // The SDK counts a batch as shipped when the 202 reaches it, a moment after the collector holds the event.
        await Eventually.TrueAsync(() => app.Metrics.Shipped == 1, "the second batch to count as shipped");

        var logged = Assert.Single(app.Logs.WithEventId(20));
        Assert.Equal(400, logged.State["Status"]);
        Assert.Contains("scripted 400", (string)logged.State["Problem"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_redirect_is_not_followed_so_the_key_and_batch_stay_with_the_configured_collector()
    {
        await using var elsewhere = await FakeCollector.StartAsync();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        await using var redirector = builder.Build();
        redirector.Urls.Add("http://127.0.0.1:0");
        redirector.MapPost("/v1/ingest", () => Results.Redirect(new Uri(elsewhere.BaseAddress, "/v1/ingest").ToString(), permanent: false, preserveMethod: true));
        await redirector.StartAsync();
        await using var app = await TestApp.StartAsync(
            o =>
            {
                o.Endpoint = redirector.Urls.First();
                o.ApiKey = "vgl_i_secret";
                o.BatchSize = 1;
                o.FlushInterval = TimeSpan.FromMilliseconds(20);
            },
            app => app.MapGet("/n/{i:int}", (int i) => i));

        Assert.Equal("1", await app.Client.GetStringAsync("/n/1"));
        await Eventually.TrueAsync(() => app.Metrics.RejectedBatches + app.Metrics.FailedBatches >= 1, "the redirected batch to be given up on");

        Assert.Equal(0, elsewhere.Attempts);
        Assert.Equal(0, app.Metrics.Shipped);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
