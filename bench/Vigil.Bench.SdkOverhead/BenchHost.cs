using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.HttpLogging;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vigil.AspNetCore;

namespace Vigil.Bench.SdkOverhead;

/// <summary>One variant of the endpoint on its own Kestrel (127.0.0.1, port 0), configured as a user would.</summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BenchHost(Variant variant, WebApplication app)
    {
        Variant = variant;
        _app = app;
    }

    public Variant Variant { get; }

    public Uri BaseAddress { get; private set; } = null!;

    public VigilMetrics? VigilMetrics => Variant is Variant.Vigil ? _app.Services.GetRequiredService<VigilMetrics>() : null;

    public FormattingDiscardLoggerProvider? LogSink { get; private set; }

    public static async Task<BenchHost> StartAsync(Variant variant, Uri sink)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        EchoEndpoint.AddServices(builder.Services);
        FormattingDiscardLoggerProvider? logSink = null;
        switch (variant)
        {
            case Variant.Vigil:
                builder.Services.AddVigil(o =>
                {
                    o.Endpoint = sink.ToString();
                    o.ApiKey = "bench-ingest-key";
                    o.ServiceName = "sdk-overhead-bench";
                });
                break;
            case Variant.HttpLogging:
                builder.Services.AddHttpLogging(o =>
                {
                    o.LoggingFields = HttpLoggingFields.All;
                    o.RequestBodyLogLimit = 64 * 1024;
                    o.ResponseBodyLogLimit = 64 * 1024;
                });
                logSink = new FormattingDiscardLoggerProvider();
                builder.Logging.AddProvider(logSink);
                builder.Logging.AddFilter<FormattingDiscardLoggerProvider>(FormattingDiscardLoggerProvider.HttpLoggingCategory, LogLevel.Information);
                break;
        }

        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        if (variant is Variant.Vigil)
        {
            app.UseVigil();
        }
        else if (variant == Variant.HttpLogging)
        {
            app.UseHttpLogging();
        }

        EchoEndpoint.Map(app);
        await app.StartAsync();
        return new BenchHost(variant, app)
        {
            LogSink = logSink,
            BaseAddress = new Uri(app.Urls.First()),
        };
    }

    /// <summary>Stops the host; for Vigil this flushes its queue, so its counters are final afterwards.</summary>
    public async Task StopAsync() => await _app.StopAsync();

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
