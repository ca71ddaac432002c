using System.Net;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Vigil.AspNetCore.Tests.Support;

namespace Vigil.AspNetCore.Tests.Capture;

public sealed class CapturedFieldsTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 15, 9, 26, TimeSpan.Zero);

    [Fact]
    public async Task Every_field_of_a_request_and_its_response_is_captured()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var app = await TestApp.StartAsync(
            TestApp.ShippingTo(collector, o => o.ServiceName = "orders-api"),
            app =>
            {
                // Stands in for authentication, which runs after UseVigil: the user is read once the pipeline ran.
                app.Use((context, next) =>
                {
                    context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, "user-42")], "Bearer"));
                    return next(context);
                });
                app.MapGet("/orders/{id:int}", (int id, HttpResponse response) =>
                {
                    response.Headers["X-Order-Version"] = "7";
                    return Results.Json(new { id, status = "paid" }, statusCode: StatusCodes.Status201Created);
                });
            },
            services: b => b.Services.AddSingleton<TimeProvider>(new FixedClock(Now)));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/orders/42?expand=items&x=%20y");
        request.Headers.Add("X-Trace", "abc");
        request.Headers.Add("X-Multi", ["one", "two"]);
        using var response = await app.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var responseText = await response.Content.ReadAsStringAsync();

        var e = await collector.WaitForEventAsync(x => x.Request.Path == "/orders/42");
        Assert.NotNull(e.Id);
        Assert.Equal(7, e.Id.Value.Version);
        Assert.Equal(Now, e.Timestamp);
        Assert.True(e.DurationMs >= 0);

        Assert.Equal("GET", e.Request.Method);
        Assert.Equal("http", e.Request.Scheme);
        Assert.Equal($"127.0.0.1:{app.BaseAddress.Port}", e.Request.Host);
        Assert.Equal("expand=items&x=%20y", e.Request.Query);
        Assert.Equal("/orders/{id:int}", e.Request.Route);
        Assert.Equal("HTTP/1.1", e.Request.Protocol);
        Assert.Equal("127.0.0.1", e.Request.ClientIp);
        Assert.Equal(["abc"], e.Request.Headers["x-trace"]);
        Assert.Equal("one, two", string.Join(", ", e.Request.Headers["X-Multi"]));
        Assert.Null(e.Request.Body);
        Assert.Null(e.Request.Size);
        Assert.Equal("user-42", e.Request.User?.Id);
        Assert.Equal("Bearer", e.Request.User?.AuthScheme);

        Assert.Equal(201, e.Response.Status);
        Assert.Equal(["7"], e.Response.Headers["X-Order-Version"]);
        Assert.StartsWith("application/json", e.Response.Headers.First("Content-Type"), StringComparison.Ordinal);
        Assert.Equal(responseText, e.Response.Body);
        Assert.Equal(responseText.Length, e.Response.Size);
        Assert.Null(e.Error);

        Assert.Equal("orders-api", e.Server?.Name);
        Assert.StartsWith("ASP.NET Core 10.", e.Server?.Framework, StringComparison.Ordinal);
        Assert.StartsWith("Vigil.AspNetCore ", e.Server?.Sdk, StringComparison.Ordinal);

        var batch = collector.Batches.First(b => b.Batch.Events.Contains(e));
        Assert.Equal("test-ingest-key", batch.Key);
        Assert.Equal("gzip", batch.ContentEncoding);
        Assert.Equal("application/json", batch.ContentType);
        Assert.Empty(collector.ProtocolErrors);
        Assert.Equal(1, app.Metrics.Captured);
        await Eventually.TrueAsync(() => app.Metrics.Shipped == 1, "Shipped to count the event");
    }

    [Fact]
    public async Task Path_includes_the_path_base_and_unrouted_requests_have_no_route()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var app = await TestApp.StartAsync(
            TestApp.ShippingTo(collector),
            app => app.MapGet("/ping", () => "pong"),
            beforeVigil: app => app.UsePathBase("/api"));

        Assert.Equal("pong", await app.Client.GetStringAsync("/api/ping"));
        Assert.Equal(HttpStatusCode.NotFound, (await app.Client.GetAsync("/api/nowhere")).StatusCode);

        var routed = await collector.WaitForEventAsync(x => x.Request.Path == "/api/ping");
        Assert.Equal("/ping", routed.Request.Route);
        var unrouted = await collector.WaitForEventAsync(x => x.Request.Path == "/api/nowhere");
        Assert.Null(unrouted.Request.Route);
        Assert.Equal(404, unrouted.Response.Status);
    }

    [Fact]
    public async Task Forwarded_for_is_honoured_only_from_a_trusted_proxy()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var trusting = await TestApp.StartAsync(
            TestApp.ShippingTo(collector, o => o.TrustedProxies = ["127.0.0.1", "10.0.0.0/8"]),
            app => app.MapGet("/trusting", () => "ok"));
        await using var untrusting = await TestApp.StartAsync(
            TestApp.ShippingTo(collector),
            app => app.MapGet("/untrusting", () => "ok"));

        foreach (var (client, path) in new[] { (trusting.Client, "/trusting"), (untrusting.Client, "/untrusting") })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("X-Forwarded-For", "198.51.100.1, 203.0.113.9, 10.1.2.3");
            (await client.SendAsync(request)).EnsureSuccessStatusCode();
        }

        Assert.Equal("203.0.113.9", (await collector.WaitForEventAsync(x => x.Request.Path == "/trusting")).Request.ClientIp);
        Assert.Equal("127.0.0.1", (await collector.WaitForEventAsync(x => x.Request.Path == "/untrusting")).Request.ClientIp);
    }
}
