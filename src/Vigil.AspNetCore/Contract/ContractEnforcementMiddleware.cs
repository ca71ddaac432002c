using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Vigil.Core.Capture;
using Vigil.Core.Findings;
using Vigil.OpenApi.Validation;

namespace Vigil.AspNetCore.Contract;

/// <summary>
/// Holds each request to the spec before the handler. JSON bodies up to <see cref="MaxBodyBytes"/> are buffered so
/// the handler still reads them, with or without Content-Length. On an operation whose spec documents a JSON body, a
/// larger body is answered 413 and unparseable JSON 400 (unless opted out); elsewhere such bodies are not judged.
/// Any failure of the check itself lets the request through (fail open) and is logged.
/// </summary>
internal sealed class ContractEnforcementMiddleware(ContractValidator validator, bool rejectUndocumented, bool rejectUnreadableBodies, ILogger? logger)
{
    public const int MaxBodyBytes = 256 * 1024;

    public async Task InvokeAsync(HttpContext context, RequestDelegate next)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<SkipContractValidationAttribute>() is not null)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        IReadOnlyList<Finding> broken;
        try
        {
            var (request, refusal) = await ReadAsync(context.Request).ConfigureAwait(false);
            if (refusal != 0)
            {
                await WriteProblemAsync(context.Response, [Unreadable(refusal)], refusal).ConfigureAwait(false);
                return;
            }

            broken = [.. validator.ValidateRequest(request).Where(f => rejectUndocumented || f.RuleId != ContractRules.ShadowEndpoint.Id)];
        }
#pragma warning disable CA1031 // Fail open: a validator bug must not turn into 500s for the host's users.
        catch (Exception e)
#pragma warning restore CA1031
        {
            logger?.LogWarning(e, "Vigil contract check failed; the request was let through");
            broken = [];
        }

        if (broken.Count == 0)
        {
            await next(context).ConfigureAwait(false);
            return;
        }

        await WriteProblemAsync(context.Response, broken, StatusCodes.Status400BadRequest).ConfigureAwait(false);
    }

    private static Finding Unreadable(int status) => new()
    {
        RuleId = ContractRules.InvalidBody.Id,
        Title = ContractRules.InvalidBody.Title,
        Threat = ContractRules.InvalidBody.DefaultThreat,
        Location = "/request/body",
        Message = status == StatusCodes.Status413PayloadTooLarge
            ? $"The JSON body is larger than the {MaxBodyBytes / 1024} KiB the contract check reads."
            : "The body is not valid JSON.",
        Timestamp = default,
    };

    private async Task<(CapturedRequest Request, int Refusal)> ReadAsync(HttpRequest http)
    {
        var headers = new HeaderMap(http.Headers.Count);
        foreach (var (name, values) in http.Headers)
        {
            headers[name] = values.ToArray()!;
        }

        var request = new CapturedRequest
        {
            Method = http.Method,
            Scheme = http.Scheme,
            Host = http.Host.Value ?? "",
            Path = http.PathBase.Add(http.Path).Value ?? "/",
            Query = http.QueryString.HasValue ? http.QueryString.Value![1..] : "",
            Protocol = http.Protocol,
            ClientIp = "",
            Headers = headers,
        };
        // Chunked HTTP/1.1 and HTTP/2-3 bodies carry no Content-Length; the server knows whether a body follows.
        var hasBody = http.ContentLength is > 0 || http.ContentLength is null && http.HttpContext.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == true;
        if (!hasBody || http.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) != true)
        {
            return (request, 0);
        }

        var strict = rejectUnreadableBodies && validator.ExpectsJsonBody(request.Method, request.Path);
        var (text, tooLarge) = await BodyReader.ReadAsync(http, MaxBodyBytes).ConfigureAwait(false);
        if (tooLarge)
        {
            return (request, strict ? StatusCodes.Status413PayloadTooLarge : 0);
        }

        request.Body = text;
        return (request, strict && text is { Length: > 0 } && !IsJson(text) ? StatusCodes.Status400BadRequest : 0);
    }

    private static bool IsJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static async Task WriteProblemAsync(HttpResponse response, IReadOnlyList<Finding> broken, int status)
    {
        response.StatusCode = status;
        response.ContentType = "application/problem+json";
        var body = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(body))
        {
            w.WriteStartObject();
            w.WriteString("type", "https://vigil.dev/problems/contract");
            w.WriteString("title", "The request does not match the API contract");
            w.WriteNumber("status", status);
            w.WriteString("detail", broken.Count == 1 ? broken[0].Message : $"{broken.Count} problems; see errors");
            w.WriteStartArray("errors");
            foreach (var f in broken)
            {
                w.WriteStartObject();
                w.WriteString("ruleId", f.RuleId);
                w.WriteString("pointer", f.Location);
                w.WriteString("message", f.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        await response.Body.WriteAsync(body.WrittenMemory).ConfigureAwait(false);
    }
}
