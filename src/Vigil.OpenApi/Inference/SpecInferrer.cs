using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using Vigil.Core.Capture;

namespace Vigil.OpenApi.Inference;

/// <summary>
/// Writes the OpenAPI 3.1 document traffic implies: one operation per observed method and route template, path and
/// query parameters with inferred types (required when present in every request), JSON request and response
/// schemas merged from samples, the status codes seen, and the auth schemes clients used. Feed it exchanges (already
/// masked is fine), then <see cref="ToJson"/>. Not thread-safe; bounded to <see cref="MaxOperations"/> operations.
/// </summary>
public sealed partial class SpecInferrer(string title = "Inferred from traffic")
{
    public const int MaxOperations = 2000;

    private readonly SortedDictionary<(string Route, string Method), OperationSamples> _operations = [];
    private readonly SortedSet<string> _schemes = new(StringComparer.Ordinal);

    /// <param name="route">The endpoint's template, e.g. <c>/orders/{id}</c> or an ASP.NET route <c>/orders/{id:int}</c>.</param>
    public void Add(string method, string route, CapturedExchange exchange)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var key = (Template(route), method.ToUpperInvariant());
        if (!_operations.TryGetValue(key, out var samples))
        {
            if (_operations.Count >= MaxOperations) return;
            samples = new OperationSamples();
            _operations[key] = samples;
        }

        samples.Add(key.Item1, exchange);
        if (AuthScheme(exchange.Request) is { } scheme)
        {
            _schemes.Add(scheme);
            samples.Schemes.Add(scheme);
        }
    }

    public OpenApiDocument Build()
    {
        var document = new OpenApiDocument
        {
            Info = new OpenApiInfo { Title = title, Version = "inferred" },
            Paths = [],
            Components = new OpenApiComponents { SecuritySchemes = new Dictionary<string, IOpenApiSecurityScheme>() },
        };
        foreach (var scheme in _schemes)
        {
            document.Components.SecuritySchemes[scheme] = scheme switch
            {
                "apiKey" => new OpenApiSecurityScheme { Type = SecuritySchemeType.ApiKey, In = ParameterLocation.Header, Name = "X-Api-Key" },
                _ => new OpenApiSecurityScheme { Type = SecuritySchemeType.Http, Scheme = scheme },
            };
        }

        foreach (var ((route, method), samples) in _operations)
        {
            if (!document.Paths.TryGetValue(route, out var item))
            {
                item = new OpenApiPathItem { Operations = [] };
                document.Paths[route] = item;
            }

            var operation = samples.Build(route, method);
            foreach (var scheme in samples.Schemes)
            {
                operation.Security ??= [];
                operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(scheme, document)] = [] });
            }

            ((OpenApiPathItem)item).Operations![new HttpMethod(method)] = operation;
        }

        return document;
    }

    /// <summary>The document as OpenAPI 3.1 JSON.</summary>
    public string ToJson()
    {
        using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        Build().SerializeAsV31(new OpenApiJsonWriter(text));
        return text.ToString();
    }

    /// <summary><c>/orders/{id:int}</c> and <c>/files/{**path}</c> → <c>/orders/{id}</c>, <c>/files/{path}</c>.</summary>
    internal static string Template(string route) =>
        RouteParameter().Replace(route.StartsWith('/') ? route : "/" + route, m => "{" + m.Groups["name"].Value + "}");

    private static string? AuthScheme(CapturedRequest request)
    {
        if (request.Auth?.Scheme is { Length: > 0 } s)
        {
            return s.ToLowerInvariant();
        }

        var header = request.Headers.First("Authorization");
        if (header is not null)
        {
            var space = header.IndexOf(' ', StringComparison.Ordinal);
            return (space > 0 ? header[..space] : "bearer").ToLowerInvariant();
        }

        return request.Headers.First("X-Api-Key") is null ? null : "apiKey";
    }

    [GeneratedRegex(@"\{\**(?<name>[A-Za-z_][A-Za-z0-9_]*)[^}]*\}")]
    private static partial Regex RouteParameter();
}
