using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Vigil.Core.Findings;
using Vigil.Dashboard.Model;
using Vigil.Storage.Dashboard;

namespace Vigil.Dashboard.Live;

/// <summary>
/// <c>GET /threats/stream</c>: the findings feed as server-sent events. It polls the store (so it sees findings from
/// any collector writing the same database), resumes after <c>Last-Event-ID</c>, sends a comment every 15 s to keep
/// proxies from closing it, and ends after <see cref="MaxLifetime"/> so the browser reconnects (bounded resources).
/// </summary>
public sealed class FeedStreams
{
    public const int MaxStreams = 32;
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    private int _open;

    public static async Task HandleAsync(HttpContext http, FeedStreams streams, IDashboardQueries queries, ProjectContext projects, DashboardOptions options, TimeProvider clock)
    {
        var (project, _) = await projects.ResolveAsync(http, http.RequestAborted).ConfigureAwait(false);
        if (project is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        if (Interlocked.Increment(ref streams._open) > MaxStreams)
        {
            Interlocked.Decrement(ref streams._open);
            http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            http.Response.Headers.RetryAfter = "10";
            return;
        }

        try
        {
            var after = ParseSeq(http.Request.Headers["Last-Event-ID"]) ?? ParseSeq(http.Request.Query["after"]) ?? 0;
            var min = Enum.TryParse<ThreatLevel>(http.Request.Query["min"], ignoreCase: true, out var m) && Enum.IsDefined(m) ? m : ThreatLevel.Low;
            http.Response.ContentType = "text/event-stream";
            http.Response.Headers.CacheControl = "no-cache";
            await http.Response.WriteAsync("retry: 3000\n\n", http.RequestAborted).ConfigureAwait(false);
            await http.Response.Body.FlushAsync(http.RequestAborted).ConfigureAwait(false);

            var started = clock.GetUtcNow();
            var lastWrite = started;
            while (!http.RequestAborted.IsCancellationRequested && clock.GetUtcNow() - started < MaxLifetime)
            {
                var batch = await queries.FindingsAsync(new FeedQuery(project.Id, min, AfterSeq: after, Limit: 200), http.RequestAborted).ConfigureAwait(false);
                foreach (var finding in batch)
                {
                    var json = JsonSerializer.Serialize(FeedItem.From(finding), FeedJsonContext.Default.FeedItem);
                    await http.Response.WriteAsync(string.Create(CultureInfo.InvariantCulture, $"id: {finding.Seq}\nevent: finding\ndata: {json}\n\n"), http.RequestAborted).ConfigureAwait(false);
                    after = finding.Seq;
                }

                var now = clock.GetUtcNow();
                if (batch.Count > 0 || now - lastWrite >= Heartbeat)
                {
                    if (batch.Count == 0)
                    {
                        await http.Response.WriteAsync(": keep-alive\n\n", http.RequestAborted).ConfigureAwait(false);
                    }

                    await http.Response.Body.FlushAsync(http.RequestAborted).ConfigureAwait(false);
                    lastWrite = now;
                }

                await Task.Delay(options.FeedPollInterval, clock, http.RequestAborted).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            // The browser went away: nothing to answer.
        }
        finally
        {
            Interlocked.Decrement(ref streams._open);
        }
    }

    private static long? ParseSeq(string? text) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seq) ? seq : null;
}
