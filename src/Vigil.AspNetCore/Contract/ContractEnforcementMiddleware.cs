using System.Buffers;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Vigil.Core.Capture;
using Vigil.Core.Findings;
using Vigil.OpenApi.Validation;

namespace Vigil.AspNetCore.Contract;

/// <summary>
/// Holds each request to the spec before the handler. JSON bodies up to <see cref="MaxBodyBytes"/> are buffered so
/// the handler still reads them; larger or non-JSON bodies are not judged. Any failure of the check itself lets the
/// request through (fail open) and is logged: enforcement must never take the API down.
/// </summary>
internal sealed class ContractEnforcementMiddleware(ContractValidator validator, bool rejectUndocumented, ILogger? logger)
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
            var request = await ReadAsync(context.Request).ConfigureAwait(false);
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

        await WriteProblemAsync(context.Response, broken).ConfigureAwait(false);
    }

    private static async Task<CapturedRequest> ReadAsync(HttpRequest http)
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
        if (http.ContentLength is > 0 and <= MaxBodyBytes && http.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            http.EnableBuffering(MaxBodyBytes);
            var buffer = ArrayPool<byte>.Shared.Rent((int)http.ContentLength.Value);
            try
            {
                var read = 0;
                int n;
                while (read < buffer.Length && (n = await http.Body.ReadAsync(buffer.AsMemory(read, (int)http.ContentLength.Value - read)).ConfigureAwait(false)) > 0)
                {
                    read += n;
                }

                request.Body = Encoding.UTF8.GetString(buffer, 0, read);
            }
            finally
            {
                ArrayPool<byte>.Shared.Return(buffer);
                http.Body.Position = 0;
            }
        }

        return request;
    }

    private static async Task WriteProblemAsync(HttpResponse response, IReadOnlyList<Finding> broken)
    {
        response.StatusCode = StatusCodes.Status400BadRequest;
        response.ContentType = "application/problem+json";
        var body = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(body))
        {
            w.WriteStartObject();
            w.WriteString("type", "https://vigil.dev/problems/contract");
            w.WriteString("title", "The request does not match the API contract");
            w.WriteNumber("status", 400);
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
