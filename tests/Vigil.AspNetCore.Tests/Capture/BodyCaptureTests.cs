using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Vigil.AspNetCore.Tests.Support;

namespace Vigil.AspNetCore.Tests.Capture;

public sealed class BodyCaptureTests
{
    private sealed record Order(int Id, string Item, int Quantity);

    [Fact]
    public async Task Json_request_and_response_bodies_are_captured()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var app = await TestApp.StartAsync(
            TestApp.ShippingTo(collector),
            app => app.MapPost("/orders", (Order order) => Results.Json(order with { Id = 7 })));

        const string sent = """{"id":0,"item":"coffee","quantity":2}""";
        using var response = await app.Client.PostAsync("/orders", new StringContent(sent, Encoding.UTF8, "application/json"));
        var received = await response.Content.ReadAsStringAsync();
        Assert.Equal("""{"id":7,"item":"coffee","quantity":2}""", received);

        var e = await collector.WaitForEventAsync(x => x.Request.Path == "/orders");
        Assert.Equal(sent, e.Request.Body);
        Assert.False(e.Request.BodyTruncated);
        Assert.Equal(sent.Length, e.Request.Size);
        Assert.Equal("/orders", e.Request.Route);
        Assert.Equal(received, e.Response.Body);
        Assert.False(e.Response.BodyTruncated);
        Assert.Equal(received.Length, e.Response.Size);
    }

    [Fact]
    public async Task A_body_buffered_and_read_twice_by_the_app_is_captured_once()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var app = await TestApp.StartAsync(
            TestApp.ShippingTo(collector),
            app => app.MapPost("/twice", async (HttpContext context) =>
            {
                context.Request.EnableBuffering();
                using (var reader = new StreamReader(context.Request.Body, leaveOpen: true))
                {
                    await reader.ReadToEndAsync();
                }

                context.Request.Body.Position = 0;
                var order = await context.Request.ReadFromJsonAsync<Order>();
                return Results.Json(order);
            }));

        const string sent = """{"id":1,"item":"tea","quantity":3}""";
        using var response = await app.Client.PostAsync("/twice", new StringContent(sent, Encoding.UTF8, "application/json"));
        Assert.Equal(sent, await response.Content.ReadAsStringAsync());

        var e = await collector.WaitForEventAsync(x => x.Request.Path == "/twice");
        Assert.Equal(sent, e.Request.Body);
        Assert.Equal(sent, e.Response.Body);
    }

    [Fact]
    public async Task A_body_over_the_cap_is_cut_and_flagged_and_the_app_still_sees_all_of_it()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var app = await TestApp.StartAsync(
            TestApp.ShippingTo(collector, o => o.MaxBodyBytes = 1024),
            app => app.MapPost("/echo", async (HttpContext context) =>
            {
                using var reader = new StreamReader(context.Request.Body);
                var text = await reader.ReadToEndAsync();
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(text.ToUpperInvariant()));
            }));

        var sent = string.Concat(Enumerable.Range(0, 500).Select(i => $"{i % 10}abcdefghi"));
        using var response = await app.Client.PostAsync("/echo", new StringContent(sent, Encoding.UTF8, "text/plain"));
        Assert.Equal(sent.ToUpperInvariant(), await response.Content.ReadAsStringAsync());

        var e = await collector.WaitForEventAsync(x => x.Request.Path == "/echo");
        Assert.Equal(sent[..1024], e.Request.Body);
        Assert.True(e.Request.BodyTruncated);
        Assert.Equal(sent.Length, e.Request.Size);
        Assert.Equal(sent.ToUpperInvariant()[..1024], e.Response.Body);
        Assert.True(e.Response.BodyTruncated);
        Assert.Equal(sent.Length, e.Response.Size);
    }

    [Fact]
    public async Task A_binary_body_is_measured_but_not_captured()
    {
        await using var collector = await FakeCollector.StartAsync();
        var image = new byte[3000];
        new Random(1).NextBytes(image);
        await using var app = await TestApp.StartAsync(
            TestApp.ShippingTo(collector),
            app => app.MapPost("/thumbnail", async (HttpContext context) =>
            {
                using var buffer = new MemoryStream();
                await context.Request.Body.CopyToAsync(buffer);
                return Results.Bytes(buffer.ToArray()[..2000], "image/png");
            }));

        using var content = new ByteArrayContent(image);
        content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        using var response = await app.Client.PostAsync("/thumbnail", content);
        Assert.Equal(image[..2000], await response.Content.ReadAsByteArrayAsync());

        var e = await collector.WaitForEventAsync(x => x.Request.Path == "/thumbnail");
        Assert.Null(e.Request.Body);
        Assert.Equal(3000, e.Request.Size);
        Assert.Null(e.Response.Body);
        Assert.Equal(2000, e.Response.Size);
    }

    [Fact]
    public async Task A_chunked_body_of_unknown_length_is_measured_by_the_bytes_the_app_read()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var app = await TestApp.StartAsync(
            TestApp.ShippingTo(collector),
            app => app.MapPost("/upload", async (HttpContext context) =>
            {
                await context.Request.Body.CopyToAsync(Stream.Null);
                return Results.NoContent();
            }));

        using var content = new StreamContent(new MemoryStream(new byte[5000]));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/upload") { Content = content };
        request.Headers.TransferEncodingChunked = true;
        (await app.Client.SendAsync(request)).EnsureSuccessStatusCode();

        var e = await collector.WaitForEventAsync(x => x.Request.Path == "/upload");
        Assert.Equal(5000, e.Request.Size);
        Assert.Null(e.Request.Body);
    }

    [Fact]
    public async Task A_body_the_app_never_reads_is_not_captured_but_its_declared_size_is_kept()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var app = await TestApp.StartAsync(
            TestApp.ShippingTo(collector),
            app => app.MapPost("/ignore", () => Results.Accepted()));

        const string sent = """{"secret":"never read"}""";
        (await app.Client.PostAsync("/ignore", new StringContent(sent, Encoding.UTF8, "application/json"))).EnsureSuccessStatusCode();

        var e = await collector.WaitForEventAsync(x => x.Request.Path == "/ignore");
        Assert.Null(e.Request.Body);
        Assert.Equal(sent.Length, e.Request.Size);
        Assert.Equal(202, e.Response.Status);
    }

    [Fact]
    public async Task A_body_in_a_declared_charset_is_decoded_with_it()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var app = await TestApp.StartAsync(
            TestApp.ShippingTo(collector),
            app => app.MapPost("/latin", async (HttpContext context) =>
            {
                await context.Request.Body.CopyToAsync(Stream.Null);
                context.Response.ContentType = "text/plain; charset=iso-8859-1";
                await context.Response.Body.WriteAsync(Encoding.Latin1.GetBytes("déjà vu"));
            }));

        using var content = new ByteArrayContent(Encoding.Latin1.GetBytes("café crème"));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("text/plain; charset=iso-8859-1");
        (await app.Client.PostAsync("/latin", content)).EnsureSuccessStatusCode();

        var e = await collector.WaitForEventAsync(x => x.Request.Path == "/latin");
        Assert.Equal("café crème", e.Request.Body);
        Assert.Equal("déjà vu", e.Response.Body);
    }
}
