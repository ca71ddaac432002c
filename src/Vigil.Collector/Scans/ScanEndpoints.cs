using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Vigil.Collector.Http;
using Vigil.Collector.Keys;
using Vigil.Storage;

namespace Vigil.Collector.Scans;

/// <summary>
/// <c>POST /v1/scans</c> stores the key's project's latest source scan (<c>vigil scan --upload</c>): from then on the
/// endpoint inventory carries the <c>code</c> source and runtime findings link to their handler.
/// <c>GET /v1/scans/latest</c> summarises it.
/// </summary>
internal static class ScanEndpoints
{
    public static async Task<IResult> UploadAsync(HttpContext http, ScanRegistry registry, TimeProvider clock)
    {
        if (registry.Store is not { } scans)
        {
            return Problems.NotFound("This collector's storage backend cannot hold scans.");
        }

        // One upload at a time: each may hold 16 MB, and two racing uploads could leave the cache on the one the
        // database did not keep.
        await registry.Uploads.WaitAsync(http.RequestAborted).ConfigureAwait(false);
        try
        {
            var (scan, problem) = await ScanUploadReader.ReadAsync(http.Request, http.RequestAborted).ConfigureAwait(false);
            if (problem is not null)
            {
                return problem;
            }

            var project = KeyRequirement.Current(http).ProjectId;
            var now = clock.GetUtcNow();
            await scans.SaveScanAsync(new StoredScan(project, JsonSerializer.Serialize(scan!, ScanJsonContext.Default.ScanDocument), now), http.RequestAborted).ConfigureAwait(false);
            var index = new ScanIndex(scan!, now);
            registry.Attach(project, index);
            return Results.Json(Summary(index), ScanJsonContext.Default.ScanSummaryView, statusCode: StatusCodes.Status201Created);
        }
        finally
        {
            registry.Uploads.Release();
        }
    }

    public static async Task<IResult> LatestAsync(HttpContext http, ScanRegistry registry)
    {
        var index = await registry.ForProjectAsync(KeyRequirement.Current(http).ProjectId, http.RequestAborted).ConfigureAwait(false);
        return index is null
            ? Problems.NotFound("No scan uploaded for this key's project; run: vigil scan PATH --upload URL --key KEY.")
            : Results.Json(Summary(index), ScanJsonContext.Default.ScanSummaryView);
    }

    private static ScanSummaryView Summary(ScanIndex index)
    {
        var scan = index.Scan;
        var findings = scan.Findings ?? [];
        return new ScanSummaryView(
            scan.Subject,
            index.UploadedAt,
            scan.Files,
            scan.Lines,
            scan.Endpoints?.Count ?? 0,
            findings.Count,
            findings.GroupBy(f => f.Threat!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal));
    }
}
