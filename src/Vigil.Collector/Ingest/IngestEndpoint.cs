using Microsoft.AspNetCore.Http;
using Vigil.Collector.Http;
using Vigil.Collector.Scans;
using Vigil.Collector.Specs;
using Vigil.Collector.Keys;
using Vigil.Collector.Settings;
using Vigil.Protocol;
using Vigil.Protocol.Validation;

namespace Vigil.Collector.Ingest;

/// <summary><c>POST /v1/ingest</c>: read → validate → mask → queue → answer 202 once durable.</summary>
internal static class IngestEndpoint
{
    public static async Task<IResult> HandleAsync(HttpContext http, IngestBatchReader reader, EventPreparer preparer, IngestQueue queue, IngestGate gate, SpecRegistry specs, ProjectSettingsRegistry settings, ScanRegistry scans)
    {
        if (http.Request.ContentLength > ProtocolLimits.MaxRequestBytes)
        {
            return Problems.TooLarge($"request body of {http.Request.ContentLength} bytes exceeds {ProtocolLimits.MaxRequestBytes} bytes");
        }

        // Refuse before reading a byte when the answer would be 429 anyway: reading is what costs memory.
        if (queue.Closed)
        {
            return Problems.Unavailable(retryAfterSeconds: 5);
        }

        if (queue.Saturated || !await gate.TryEnterAsync(http.RequestAborted).ConfigureAwait(false))
        {
            return Problems.Busy(retryAfterSeconds: 1);
        }

        try
        {
            return await ReadAndStoreAsync(http, reader, preparer, queue, specs, settings, scans).ConfigureAwait(false);
        }
        finally
        {
            gate.Exit();
        }
    }

    private static async Task<IResult> ReadAndStoreAsync(HttpContext http, IngestBatchReader reader, EventPreparer preparer, IngestQueue queue, SpecRegistry specs, ProjectSettingsRegistry settings, ScanRegistry scans)
    {
        var read = await reader.ReadAsync(http.Request.Body, http.Request.Headers.ContentEncoding.ToString(), http.RequestAborted).ConfigureAwait(false);
        switch (read.Status)
        {
            case IngestReadStatus.Invalid:
                return Problems.BadRequest(read.Errors);
            case IngestReadStatus.TooLarge:
                return Problems.TooLarge(read.Errors[0].Message);
            case IngestReadStatus.UnsupportedEncoding:
                return Problems.UnsupportedEncoding(read.Errors[0].Message);
        }

        var key = KeyRequirement.Current(http);
        var contract = await specs.ForProjectAsync(key.ProjectId, http.RequestAborted).ConfigureAwait(false);
        var project = await settings.ForProjectAsync(key.ProjectId, http.RequestAborted).ConfigureAwait(false);
        // The latest scan is cached in memory and replaced on upload: linking costs a dictionary look-up per finding.
        var scan = await scans.ForIngestAsync(key.ProjectId, http.RequestAborted).ConfigureAwait(false);
        var writes = preparer.Prepare(key.ProjectId, read.Batch!.Events, contract, project, scan);
        var stored = queue.TryEnqueue(writes);
        if (stored is null)
        {
            preparer.Withdraw(key.ProjectId, writes);
            return queue.Closed ? Problems.Unavailable(retryAfterSeconds: 5) : Problems.Busy(retryAfterSeconds: 1);
        }

        try
        {
            var added = await stored.ConfigureAwait(false);
            return Results.Json(new IngestAccepted(writes.Count, added), CollectorJsonContext.Default.IngestAccepted, statusCode: StatusCodes.Status202Accepted);
        }
        catch (Exception)
        {
            preparer.Withdraw(key.ProjectId, writes);
            return Problems.Unavailable(retryAfterSeconds: 5);
        }
    }
}
