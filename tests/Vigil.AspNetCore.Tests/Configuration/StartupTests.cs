using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vigil.AspNetCore.Capture;
using Vigil.AspNetCore.Tests.Support;

namespace Vigil.AspNetCore.Tests.Configuration;

/// <summary>However Vigil is (mis)configured, the host starts and serves; capture is simply off.</summary>
public sealed class StartupTests
{
    private static void MapProbe(WebApplication app) =>
        app.MapGet("/probe", (HttpContext context) =>
            context.Features.Get<IHttpResponseBodyFeature>() is ResponseBodyCapture ? "wrapped" : "bare");

    [Fact]
    public async Task Invalid_configuration_is_logged_once_with_every_problem_and_the_host_passes_requests_through()
    {
        await using var app = await TestApp.StartAsync(
            o =>
            {
                o.Endpoint = "ftp://collector";
                o.ApiKey = " ";
                o.MaxBodyBytes = 0;
                o.BatchSize = 5000;
                o.TrustedProxies = ["not-an-ip"];
            },
            MapProbe);

        Assert.Equal("bare", await app.Client.GetStringAsync("/probe"));
        Assert.Equal("bare", await app.Client.GetStringAsync("/probe"));

        var entry = Assert.Single(app.Logs.WithEventId(1));
        Assert.Equal(LogLevel.Error, entry.Level);
        var problems = (string)entry.State["Problems"]!;
        foreach (var name in new[] { "Endpoint", "ApiKey", "MaxBodyBytes", "BatchSize", "TrustedProxies" })
        {
            Assert.Contains(name, problems, StringComparison.Ordinal);
        }

        Assert.Equal(0, app.Metrics.Captured);
    }

    [Fact]
    public async Task Without_an_endpoint_the_middleware_is_a_pass_through()
    {
        await using var app = await TestApp.StartAsync(o => o.ApiKey = "k", MapProbe);

        Assert.Equal("bare", await app.Client.GetStringAsync("/probe"));
        Assert.Equal(0, app.Metrics.Captured);
        Assert.Single(app.Logs.WithEventId(2));
        Assert.Empty(app.Logs.WithEventId(1));
    }

    [Fact]
    public async Task UseVigil_without_AddVigil_starts_and_says_how_to_fix_it()
    {
        await using var app = await TestApp.StartAsync(configure: null, MapProbe);

        Assert.Equal("bare", await app.Client.GetStringAsync("/probe"));
        Assert.Single(app.Logs.WithEventId(5));
    }

    [Fact]
    public async Task Options_bind_from_the_Vigil_section_then_the_callback_wins()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var app = await TestApp.StartAsync(
            o => o.ServiceName = "from-callback",
            app =>
            {
                MapProbe(app);
                app.MapGet("/health/ready", () => "ready");
            },
            services: b => b.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Vigil:Endpoint"] = collector.BaseAddress.ToString(),
                ["Vigil:ApiKey"] = "from-config",
                ["Vigil:ServiceName"] = "from-config",
                ["Vigil:FlushInterval"] = "00:00:00.050",
                ["Vigil:ExcludePaths:0"] = "/health",
            }));

        Assert.Equal("wrapped", await app.Client.GetStringAsync("/probe"));
        Assert.Equal("ready", await app.Client.GetStringAsync("/health/ready"));

        var e = await collector.WaitForEventAsync(x => x.Request.Path == "/probe");
        Assert.Equal("from-callback", e.Server?.Name);
        Assert.Equal("from-config", collector.Batches.First().Key);
        Assert.Equal(1, app.Metrics.Captured);
        Assert.Single(app.Logs.WithEventId(4));
    }

    [Fact]
    public async Task A_fault_inside_Vigil_is_swallowed_counted_and_the_request_is_served()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var app = await TestApp.StartAsync(
            TestApp.ShippingTo(collector),
            app => app.MapGet("/ok", () => "fine"),
            services: b => b.Services.AddSingleton<TimeProvider>(new BrokenWallClock()));

        Assert.Equal("fine", await app.Client.GetStringAsync("/ok"));
        Assert.Equal("fine", await app.Client.GetStringAsync("/ok"));

        Assert.Equal(2, app.Metrics.InternalErrors);
        Assert.Equal(0, app.Metrics.Captured);
        Assert.Single(app.Logs.WithEventId(10));
    }

    private sealed class BrokenWallClock : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => throw new InvalidOperationException("clock is broken");
    }
}
