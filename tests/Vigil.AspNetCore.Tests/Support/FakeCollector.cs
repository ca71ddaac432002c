using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vigil.Core.Capture;
using Vigil.Protocol;
using Vigil.Protocol.Validation;

namespace Vigil.AspNetCore.Tests.Support;

/// <summary>One ingest request as the fake collector saw it.</summary>
public sealed record ReceivedBatch(IngestBatch Batch, string? Key, string? ContentEncoding, string? ContentType, int AnsweredStatus);

/// <summary>
/// A tiny collector on real Kestrel (127.0.0.1, port 0): reads and validates batches with the protocol's own
/// reader, records them, and answers what the test scripted (202 by default), or hangs until disposed.
/// </summary>
public sealed class FakeCollector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<(int Status, string? RetryAfter)> _script = new();
    private readonly TaskCompletionSource _releaseHang = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _attempts;

    private FakeCollector(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Requests received, whatever was answered.</summary>
    public int Attempts => Volatile.Read(ref _attempts);

    /// <summary>Batches that were valid, in arrival order, whatever status was answered.</summary>
    public ConcurrentQueue<ReceivedBatch> Batches { get; } = new();

    /// <summary>Protocol violations the SDK committed; tests expect none.</summary>
    public ConcurrentQueue<ProtocolError> ProtocolErrors { get; } = new();

    /// <summary>While true every ingest request blocks (until disposal or the client gives up).</summary>
    public bool Hang { get; set; }

    /// <summary>Events of the batches that were answered 2xx.</summary>
    public IReadOnlyList<CapturedExchange> AcceptedEvents =>
        [.. Batches.Where(b => b.AnsweredStatus is >= 200 and < 300).SelectMany(b => b.Batch.Events)];

    public static async Task<FakeCollector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(new IngestBatchReader(new IngestBatchValidator(TimeProvider.System)));
        var app = builder.Build();
        app.Urls.Add("http://127.0.0.1:0");
        var collector = new FakeCollector(app);
        app.MapPost(ProtocolConstants.IngestPath, collector.HandleAsync);
        await app.StartAsync();
        collector.BaseAddress = new Uri(app.Urls.First());
        return collector;
    }

    /// <summary>Answers the next requests with these statuses, in order; 202 after that.</summary>
    public void Respond(int status, string? retryAfter = null) => _script.Enqueue((status, retryAfter));

    public async Task<CapturedExchange> WaitForEventAsync(Func<CapturedExchange, bool> match, TimeSpan? timeout = null)
    {
        CapturedExchange? found = null;
        await Eventually.TrueAsync(() => (found = AcceptedEvents.FirstOrDefault(match)) is not null, "the collector to receive the event", timeout);
        return found!;
    }

    public async ValueTask DisposeAsync()
    {
        _releaseHang.TrySetResult();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext context, IngestBatchReader reader)
    {
        Interlocked.Increment(ref _attempts);
        var result = await reader.ReadAsync(context.Request.Body, context.Request.Headers.ContentEncoding, context.RequestAborted);
        if (result.Status != IngestReadStatus.Ok)
        {
            foreach (var error in result.Errors)
            {
                ProtocolErrors.Enqueue(error);
            }

            context.Response.StatusCode = StatusCodes.Status400BadRequest;
            await context.Response.WriteAsJsonAsync(new { title = "invalid batch", errors = result.Errors.Select(e => $"{e.Field}: {e.Message}") });
            return;
        }

        if (Hang)
        {
            await _releaseHang.Task.WaitAsync(context.RequestAborted);
        }

        var (status, retryAfter) = _script.TryDequeue(out var next) ? next : (StatusCodes.Status202Accepted, null);
        Batches.Enqueue(new ReceivedBatch(
            result.Batch!,
            context.Request.Headers[ProtocolConstants.KeyHeader],
            context.Request.Headers.ContentEncoding,
            context.Request.ContentType,
            status));
        context.Response.StatusCode = status;
        if (retryAfter is not null)
        {
            context.Response.Headers.RetryAfter = retryAfter;
        }

        if (status >= 400)
        {
            context.Response.ContentType = ProtocolConstants.ProblemContentType;
            await context.Response.WriteAsync($$"""{"title":"scripted {{status}}","status":{{status}}}""");
        }
    }
}
