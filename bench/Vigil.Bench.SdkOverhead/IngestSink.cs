using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Vigil.Bench.SdkOverhead;

/// <summary>An in-process collector stand-in: drains each ingest request, answers 202 and keeps only counts.</summary>
internal sealed class IngestSink : IAsyncDisposable
{
    private readonly WebApplication _app;
    private long _batches;
    private long _bytes;

    private IngestSink(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    public long Batches => Interlocked.Read(ref _batches);

    public long Bytes => Interlocked.Read(ref _bytes);

    public static async Task<IngestSink> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        var sink = new IngestSink(app);
        app.MapPost("/v1/ingest", async (HttpContext context) =>
        {
            var buffer = new byte[16 * 1024];
            long total = 0;
            int read;
            while ((read = await context.Request.Body.ReadAsync(buffer)) > 0)
            {
                total += read;
            }

            Interlocked.Increment(ref sink._batches);
            Interlocked.Add(ref sink._bytes, total);
            return Results.StatusCode(StatusCodes.Status202Accepted);
        });
        await app.StartAsync();
        sink.BaseAddress = new Uri(app.Urls.First());
        return sink;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
