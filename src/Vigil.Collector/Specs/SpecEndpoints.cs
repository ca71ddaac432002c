using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Vigil.Collector.Http;
using Vigil.Collector.Keys;
using Vigil.OpenApi;
using Vigil.OpenApi.Validation;
using Vigil.Protocol.Validation;
using Vigil.Storage;

namespace Vigil.Collector.Specs;

/// <summary>
/// <c>POST /v1/specs?name=openapi.yaml</c> with the document (JSON or YAML) as the body attaches it to the key's
/// project: from then on every ingested event is validated against it. A document with errors is refused with all
/// of them, each as <c>file:line:column</c>.
/// </summary>
internal static class SpecEndpoints
{
    /// <summary>8 MB: the largest public specs (GitHub's, Stripe's) are 6-8 MB of JSON; uploads are one at a time.</summary>
    public const int MaxSpecBytes = 8 * 1024 * 1024;

    public static async Task<IResult> AttachAsync(HttpContext http, IVigilStore store, SpecRegistry registry, TimeProvider clock)
    {
        if (store.Specs is not { } specs)
        {
            return Problems.NotFound("This collector's storage backend cannot hold specs.");
        }

        if (!await registry.Uploads.WaitAsync(0, http.RequestAborted).ConfigureAwait(false))
        {
            http.Response.Headers.RetryAfter = "5";
            return Results.Problem(statusCode: StatusCodes.Status429TooManyRequests, title: "Spec upload in progress",
                detail: "Another spec is being attached; specs are attached one at a time. Retry after 5 s.");
        }

        try
        {
            return await AttachAsync(http, specs, registry, clock).ConfigureAwait(false);
        }
        finally
        {
            registry.Uploads.Release();
        }
    }

    private static async Task<IResult> AttachAsync(HttpContext http, ISpecStore specs, SpecRegistry registry, TimeProvider clock)
    {
        var name = http.Request.Query["name"].ToString() is { Length: > 0 and <= 200 } n ? n : "openapi";
        var text = await ReadBoundedAsync(http.Request.Body, http.RequestAborted).ConfigureAwait(false);
        if (text is null)
        {
            return Problems.TooLarge($"The spec is larger than {MaxSpecBytes / (1024 * 1024)} MB");
        }

        var loaded = OpenApiDocumentLoader.Parse(text, name);
        if (!loaded.Succeeded)
        {
            return Problems.BadRequest([.. loaded.Errors.Take(100).Select(e => new ProtocolError(e.Line > 0 ? $"{e.File}:{e.Line}:{e.Column}" : e.File, e.Message))]);
        }

        var project = KeyRequirement.Current(http).ProjectId;
        await specs.SaveSpecAsync(new StoredSpec(project, name, text, clock.GetUtcNow()), http.RequestAborted).ConfigureAwait(false);
        registry.Attach(project, new ContractValidator(loaded.Document!));
        var answer = new JsonObject
        {
            ["name"] = name,
            ["version"] = loaded.Version,
            ["paths"] = loaded.Document!.Paths?.Count ?? 0,
            ["operations"] = loaded.Document.Paths?.Values.Sum(p => p.Operations?.Count ?? 0) ?? 0,
            ["warnings"] = loaded.Warnings.Count,
        };
        return Results.Content(answer.ToJsonString(), "application/json", Encoding.UTF8, StatusCodes.Status201Created);
    }

    private static async Task<string?> ReadBoundedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxSpecBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }
}
