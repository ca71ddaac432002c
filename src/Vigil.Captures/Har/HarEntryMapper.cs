using System.Globalization;
using System.Text;
using System.Text.Json;
using Vigil.Captures.Internal;
using Vigil.Core.Capture;

namespace Vigil.Captures.Har;

/// <summary>
/// One HAR 1.2 entry to one exchange. Values are taken as the browser recorded them: nothing is masked here, because
/// the rules need the real Authorization header (to decode a JWT, say); the findings mask their evidence instead.
/// </summary>
internal static class HarEntryMapper
{
    public readonly record struct Result(CapturedExchange? Exchange, string? Skipped, string? Field, string? Error)
    {
        public static Result Fail(string? field, string error) => new(null, null, field, error);

        public static Result Skip(string why) => new(null, why, null, null);
    }

    public static Result Map(JsonElement entry, string fileName, int number)
    {
        if (entry.ValueKind != JsonValueKind.Object)
        {
            return Result.Fail(null, "is not an object");
        }

        if (HarJson.Object(entry, "request") is not { } request)
        {
            return Result.Fail("request", "is required");
        }

        var url = HarJson.String(request, "url");
        if (string.IsNullOrEmpty(url))
        {
            return Result.Fail("request.url", "is required");
        }

        var scheme = HarUrl.SchemeOf(url);
        if (scheme is not ("http" or "https"))
        {
            return Result.Skip($"skipped a {scheme ?? "relative"} URL (only http and https requests are inspected)");
        }

        if (!HarUrl.TrySplit(url, out var parts))
        {
            return Result.Fail("request.url", "is not an absolute http(s) URL");
        }

        var response = HarJson.Object(entry, "response");
        var status = (int)(HarJson.Number(response, "status") ?? 0);
        if (status == 0)
        {
            // Chrome records blocked, cancelled and failed requests with status 0 and an _error such as net::ERR_ABORTED.
            var why = HarJson.String(response, "_error") ?? HarJson.String(entry, "_error");
            return Result.Skip("skipped a request that got no response" + (why is null ? "" : $" ({why})"));
        }

        var started = HarJson.String(entry, "startedDateTime");
        if (!DateTimeOffset.TryParse(started, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var timestamp))
        {
            return Result.Fail("startedDateTime", "is required (ISO-8601, as browsers write it)");
        }

        var requestHeaders = Headers(request, out var authority);
        var (requestBody, requestTruncated) = RequestBody(request);
        var content = HarJson.Object(response!.Value, "content");
        var (responseBody, responseTruncated) = HarBody.Decode(HarJson.String(content, "text"), HarJson.String(content, "encoding"), HarJson.String(content, "mimeType"));

        return new(new CapturedExchange
        {
            Timestamp = timestamp,
            DurationMs = Math.Max(0, HarJson.Number(entry, "time") ?? 0),
            Request = new CapturedRequest
            {
                Method = HarJson.String(request, "method") ?? "",
                Scheme = parts.Scheme,
                Host = requestHeaders.First("Host") ?? authority ?? parts.Host,
                Path = parts.Path,
                Query = parts.Query,
                Protocol = HttpVersions.Normalise(HarJson.String(request, "httpVersion") ?? HarJson.String(response, "httpVersion")),
                ClientIp = "",
                Headers = requestHeaders,
                Body = requestBody,
                BodyTruncated = requestTruncated,
                Size = HarJson.Size(request, "bodySize"),
            },
            Response = new CapturedResponse
            {
                Status = status,
                Headers = Headers(response.Value, out _),
                Body = responseBody,
                BodyTruncated = responseTruncated,
                Size = HarJson.Size(response, "bodySize") ?? HarJson.Size(content, "size"),
            },
        }, null, null, null);
    }

    // HTTP/2 and HTTP/3 pseudo-headers (:method, :path, :authority) are not headers; :authority stands in for Host.
    private static HeaderMap Headers(JsonElement message, out string? authority)
    {
        authority = null;
        var map = new HeaderMap();
        foreach (var header in HarJson.Array(message, "headers"))
        {
            var name = HarJson.String(header, "name");
            var value = HarJson.String(header, "value") ?? "";
            if (string.IsNullOrEmpty(name))
            {
                continue;
            }

            if (name[0] == ':')
            {
                authority ??= name.Equals(":authority", StringComparison.OrdinalIgnoreCase) ? value : null;
                continue;
            }

            map[name] = map.TryGetValue(name, out var existing) ? [.. existing, value] : [value];
        }

        return map;
    }

    // postData.text is the body as sent; params is only a parsed view of it, used when an exporter left text out.
    private static (string? Text, bool Truncated) RequestBody(JsonElement request)
    {
        var post = HarJson.Object(request, "postData");
        if (HarJson.String(post, "text") is { } text)
        {
            return HarBody.Cap(text);
        }

        var form = new StringBuilder();
        foreach (var p in HarJson.Array(post, "params"))
        {
            if (form.Length > 0)
            {
                form.Append('&');
            }

            form.Append(Uri.EscapeDataString(HarJson.String(p, "name") ?? "")).Append('=').Append(Uri.EscapeDataString(HarJson.String(p, "value") ?? ""));
        }

        return form.Length == 0 ? (null, false) : HarBody.Cap(form.ToString());
    }
}
