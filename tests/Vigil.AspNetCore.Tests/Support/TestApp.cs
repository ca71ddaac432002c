using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Vigil.AspNetCore.Tests.Support;

/// <summary>
/// A host application under test on real Kestrel (127.0.0.1, port 0) with Vigil added the way a user adds it.
/// </summary>
public sealed class TestApp : IAsyncDisposable
{
    private readonly WebApplication _app;
    private bool _stopped;

    private TestApp(WebApplication app, RecordingLoggerProvider logs)
    {
        _app = app;
        Logs = logs;
    }

    public HttpClient Client { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _app.Services;

    public VigilMetrics Metrics => _app.Services.GetRequiredService<VigilMetrics>();

    public RecordingLoggerProvider Logs { get; }

    /// <summary>Options every shipping test wants: the collector, a key, and quick flushes.</summary>
    public static Action<VigilOptions> ShippingTo(FakeCollector collector, Action<VigilOptions>? more = null) => o =>
    {
        o.Endpoint = collector.BaseAddress.ToString();
        o.ApiKey = "test-ingest-key";
        o.FlushInterval = TimeSpan.FromMilliseconds(50);
        o.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
        o.ShutdownTimeout = TimeSpan.FromSeconds(5);
        more?.Invoke(o);
    };

    /// <param name="configure">The AddVigil callback; null to skip AddVigil entirely.</param>
    /// <param name="map">Endpoints (and middleware after UseVigil).</param>
    /// <param name="services">Extra services, registered before AddVigil (e.g. a TimeProvider).</param>
    /// <param name="beforeVigil">Middleware placed in front of UseVigil.</param>
    public static async Task<TestApp> StartAsync(
        Action<VigilOptions>? configure,
        Action<WebApplication> map,
        Action<WebApplicationBuilder>? services = null,
        Action<WebApplication>? beforeVigil = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        var logs = new RecordingLoggerProvider();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(logs);
        builder.Logging.SetMinimumLevel(LogLevel.Information);
        services?.Invoke(builder);
        if (configure is not null)
        {
            builder.Services.AddVigil(configure);
        }

        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        beforeVigil?.Invoke(app);
        app.UseVigil();
        map(app);
        await app.StartAsync();

        var testApp = new TestApp(app, logs);
        testApp.BaseAddress = new Uri(app.Urls.First());
        testApp.Client = new HttpClient { BaseAddress = testApp.BaseAddress, Timeout = TimeSpan.FromSeconds(60) };
        return testApp;
    }

    /// <summary>Stops the host the way a deployment does, which flushes Vigil's queue.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        await _app.StopAsync();
    }

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        await StopAsync();
        await _app.DisposeAsync();
    }
}
