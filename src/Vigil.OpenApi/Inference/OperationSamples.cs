using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Vigil.Core.Capture;
using Vigil.OpenApi.Validation;

namespace Vigil.OpenApi.Inference;

/// <summary>What one operation's traffic showed: parameters, bodies and statuses, merged across requests.</summary>
internal sealed class OperationSamples
{
    private const int MaxBodyChars = 256 * 1024;

    private readonly Dictionary<string, SchemaSampler> _path = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (SchemaSampler Sampler, int Seen)> _query = new(StringComparer.Ordinal);
    private readonly SchemaSampler _requestBody = new();
    private readonly SortedDictionary<int, SchemaSampler> _responses = [];
    private int _requests;

    public SortedSet<string> Schemes { get; } = new(StringComparer.Ordinal);

    public void Add(string template, CapturedExchange exchange)
    {
        _requests++;
        var names = template.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var values = exchange.Request.Path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < Math.Min(names.Length, values.Length); i++)
        {
            if (names[i].StartsWith('{'))
            {
                Sampler(_path, names[i][1..^1]).AddText(Uri.UnescapeDataString(values[i]));
            }
        }

        foreach (var (name, value) in QueryString.Parse(exchange.Request.Query).Take(50))
        {
            var (sampler, seen) = _query.GetValueOrDefault(name, (new SchemaSampler(), 0));
            sampler.AddText(value);
            _query[name] = (sampler, seen + 1);
        }

        if (Json(exchange.Request.Body, exchange.Request.BodyTruncated) is { } body)
        {
            _requestBody.Add(body.Node);
        }

        if (exchange.Response is { Status: >= 100 and < 600 } response)
        {
            if (!_responses.TryGetValue(response.Status, out var sampler))
            {
                sampler = new SchemaSampler();
                _responses[response.Status] = sampler;
            }

            if (Json(response.Body, response.BodyTruncated) is { } json)
            {
                sampler.Add(json.Node);
            }
        }
    }

    public OpenApiOperation Build(string route, string method)
    {
        var operation = new OpenApiOperation
        {
            OperationId = OperationId(method, route),
            Summary = $"Seen in {_requests:N0} request(s)",
            Parameters = [],
            Responses = [],
        };
        foreach (var (name, sampler) in _path)
        {
            operation.Parameters.Add(new OpenApiParameter { Name = name, In = ParameterLocation.Path, Required = true, Schema = sampler.Build() });
        }

        foreach (var (name, (sampler, seen)) in _query.OrderBy(q => q.Key, StringComparer.Ordinal))
        {
            operation.Parameters.Add(new OpenApiParameter { Name = name, In = ParameterLocation.Query, Required = seen == _requests, Schema = sampler.Build() });
        }

        if (_requestBody.Samples > 0)
        {
            operation.RequestBody = new OpenApiRequestBody { Content = Media(_requestBody) };
        }

        foreach (var (status, sampler) in _responses)
        {
            operation.Responses[status.ToString(CultureInfo.InvariantCulture)] = new OpenApiResponse
            {
                Description = $"Status {status} as observed",
                Content = sampler.Samples > 0 ? Media(sampler) : null,
            };
        }

        return operation;
    }

    private static Dictionary<string, OpenApiMediaType> Media(SchemaSampler sampler) =>
        new(StringComparer.Ordinal) { ["application/json"] = new OpenApiMediaType { Schema = sampler.Build() } };

    private static SchemaSampler Sampler(Dictionary<string, SchemaSampler> map, string name)
    {
        if (!map.TryGetValue(name, out var sampler))
        {
            sampler = new SchemaSampler();
            map[name] = sampler;
        }

        return sampler;
    }

    private static (JsonNode? Node, bool Ok)? Json(string? body, bool truncated)
    {
        if (body is null || truncated || body.Length > MaxBodyChars || body.Length == 0 || body[0] is not ('{' or '['))
        {
            return null;
        }

        try
        {
            return (JsonNode.Parse(body, documentOptions: new JsonDocumentOptions { MaxDepth = 32 }), true);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // "GET /orders/{id}/lines" → "getOrdersIdLines": stable, unique per method and route.
    private static string OperationId(string method, string route)
    {
        var words = route.Split('/', '{', '}', '-', '_', '.').Where(w => w.Length > 0);
        return method.ToLowerInvariant() + string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
    }
}
