using System.Globalization;
using System.Text.Json.Nodes;
using Vigil.Core.Capture;

namespace Vigil.Masking.Tests.TestKit;

/// <summary>Random exchanges made only of <see cref="BenignData"/>, optionally with one planted secret.</summary>
internal static class ExchangeGenerator
{
    public static CapturedExchange Benign(Random random)
    {
        var exchange = new CapturedExchange
        {
            Timestamp = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero),
            Request = new CapturedRequest
            {
                Method = random.Next(2) == 0 ? "GET" : "POST",
                Scheme = "https",
                Host = "api.example",
                Path = $"/v1/{BenignData.Key(random)}/{random.Next(10_000)}",
                Query = BenignData.Encode(BenignData.Pairs(random), random),
                Protocol = "HTTP/1.1",
                ClientIp = "203.0.113.7",
                Headers = Headers(random),
            },
            Response = new CapturedResponse { Status = 200, Headers = Headers(random) },
        };

        SetBody(exchange.Request.Headers, random, out var requestBody);
        exchange.Request.Body = requestBody;
        SetBody(exchange.Response.Headers, random, out var responseBody);
        exchange.Response.Body = responseBody;
        if (random.Next(4) == 0)
        {
            exchange.Error = new CapturedError { Type = "System.InvalidOperationException", Message = "failed for " + BenignData.ScalarText(random) };
        }

        return exchange;
    }

    public static JsonObject JsonTree(Random random, out List<JsonNode> containers)
    {
        containers = [];
        return BenignData.Tree(random, containers);
    }

    /// <summary>Every string of the exchange a secret could hide in, plus the URL-decoded forms of query and form bodies.</summary>
    public static IEnumerable<string> Strings(CapturedExchange exchange)
    {
        var request = exchange.Request;
        yield return request.Path;
        yield return request.Query;
        yield return System.Net.WebUtility.UrlDecode(request.Query);
        foreach (var text in HeaderStrings(request.Headers).Concat(HeaderStrings(exchange.Response.Headers)))
        {
            yield return text;
        }

        foreach (var body in new[] { request.Body, exchange.Response.Body })
        {
            if (body is not null)
            {
                yield return body;
                yield return System.Net.WebUtility.UrlDecode(body);
            }
        }

        if (exchange.Error is not null)
        {
            yield return exchange.Error.Message;
        }
    }

    private static IEnumerable<string> HeaderStrings(HeaderMap headers) =>
        headers.SelectMany(h => h.Value.Prepend(h.Key));

    private static HeaderMap Headers(Random random)
    {
        var headers = new HeaderMap();
        for (var i = random.Next(0, 6); i > 0; i--)
        {
            headers[BenignData.HeaderName(random)] = [BenignData.ScalarText(random)];
        }

        return headers;
    }

    private static void SetBody(HeaderMap headers, Random random, out string? body)
    {
        switch (random.Next(4))
        {
            case 0:
                body = null;
                break;
            case 1:
                headers["Content-Type"] = ["application/x-www-form-urlencoded"];
                body = BenignData.Encode(BenignData.Pairs(random), random);
                break;
            case 2:
                headers["Content-Type"] = ["text/plain; charset=utf-8"];
                body = string.Join(' ', Enumerable.Range(0, random.Next(1, 8)).Select(_ => BenignData.ScalarText(random)));
                break;
            default:
                headers["Content-Type"] = [random.Next(2) == 0 ? "application/json" : "application/problem+json"];
                body = BenignData.Serialize(JsonTree(random, out _), random);
                break;
        }
    }

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
