using System.Net.Http.Headers;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Vigil.AspNetCore.Tests.Support;

namespace Vigil.AspNetCore.Tests.Capture;

public sealed class StreamingTests
{
    [Fact]
    public async Task Server_sent_events_flush_through_while_the_handler_is_still_running()
    {
        await using var collector = await FakeCollector.StartAsync();
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var app = await TestApp.StartAsync(
            TestApp.ShippingTo(collector),
            app => app.MapGet("/events", async (HttpContext context) =>
            {
                context.Response.ContentType = "text/event-stream";
                await context.Response.WriteAsync("data: first\n\n");
                await context.Response.Body.FlushAsync();
                await release.Task;
                await context.Response.WriteAsync("data: second\n\n");
            }));

        using var response = await app.Client.GetAsync("/events", HttpCompletionOption.ResponseHeadersRead);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        // The handler is parked on `release`, so this line can only arrive if Vigil passed the flush through.
        Assert.Equal("data: first", await reader.ReadLineAsync().WaitAsync(Eventually.DefaultTimeout));
        Assert.False(release.Task.IsCompleted);
        release.SetResult();
        Assert.Equal("\ndata: second\n\n", await reader.ReadToEndAsync());

        var e = await collector.WaitForEventAsync(x => x.Request.Path == "/events");
        Assert.Null(e.Response.Body);
        Assert.Equal("data: first\n\ndata: second\n\n".Length, e.Response.Size);
    }

    [Fact]
    public async Task A_file_sent_with_SendFile_arrives_byte_identical_and_only_its_size_is_recorded()
    {
        await using var collector = await FakeCollector.StartAsync();
        var path = Path.GetTempFileName();
        try
        {
            var bytes = new byte[300_000];
            new Random(7).NextBytes(bytes);
            await File.WriteAllBytesAsync(path, bytes);
            await using var app = await TestApp.StartAsync(
                TestApp.ShippingTo(collector),
                app =>
                {
                    app.MapGet("/download", () => Results.File(path, "application/octet-stream", "data.bin"));
                    app.MapGet("/download-text", () => Results.File(path, "text/plain"));
                });

            Assert.Equal(bytes, await app.Client.GetByteArrayAsync("/download"));
            Assert.Equal(bytes, await app.Client.GetByteArrayAsync("/download-text"));

            foreach (var route in new[] { "/download", "/download-text" })
            {
                var e = await collector.WaitForEventAsync(x => x.Request.Path == route);
                Assert.Null(e.Response.Body);
                Assert.Equal(bytes.Length, e.Response.Size);
                Assert.Equal(200, e.Response.Status);
            }
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task A_response_written_through_the_pipe_writer_is_captured_and_delivered_intact()
    {
        await using var collector = await FakeCollector.StartAsync();
        var payload = string.Concat(Enumerable.Repeat("{\"k\":\"v\"},", 2000));
        await using var app = await TestApp.StartAsync(
            TestApp.ShippingTo(collector, o => o.MaxBodyBytes = 100_000),
            app => app.MapGet("/pipe", async (HttpContext context) =>
            {
                context.Response.ContentType = "application/json";
                var writer = context.Response.BodyWriter;
                var remaining = System.Text.Encoding.UTF8.GetBytes(payload).AsMemory();
                while (!remaining.IsEmpty)
                {
                    var span = writer.GetSpan(1);
                    var n = Math.Min(span.Length, Math.Min(remaining.Length, 1500));
                    remaining.Span[..n].CopyTo(span);
                    writer.Advance(n);
                    remaining = remaining[n..];
                    await writer.FlushAsync();
                }
            }));

        using var response = await app.Client.GetAsync("/pipe");
        Assert.Equal(payload, await response.Content.ReadAsStringAsync());
        Assert.Equal(new MediaTypeHeaderValue("application/json"), response.Content.Headers.ContentType);

        var e = await collector.WaitForEventAsync(x => x.Request.Path == "/pipe");
        Assert.Equal(payload, e.Response.Body);
        Assert.Equal(payload.Length, e.Response.Size);
    }
}
