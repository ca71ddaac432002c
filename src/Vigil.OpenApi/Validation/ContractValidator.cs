using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Vigil.Core.Capture;
using Vigil.Core.Findings;
using Vigil.OpenApi.Loading;

namespace Vigil.OpenApi.Validation;

/// <summary>
/// Holds captured traffic to a spec: shadow endpoints, unknown and missing parameters, values that break their
/// schema in path, query, headers and JSON bodies, undocumented status codes, and response fields the schema does
/// not list. Findings point at the offending value with a JSON pointer such as <c>/request/query/limit</c> or
/// <c>/response/body/items/0/password</c>; they never quote the value. Built once per spec, safe to share.
/// </summary>
public sealed class ContractValidator
{
    /// <summary>JSON bodies larger than this are not parsed (the SDK caps bodies well below it).</summary>
    public const int MaxBodyChars = 1024 * 1024;

    private static readonly HashSet<string> TransportHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "accept", "accept-encoding", "accept-language", "authorization", "connection", "content-length", "content-type", "cookie",
        "host", "user-agent", "origin", "referer", "cache-control", "pragma", "te", "traceparent", "tracestate",
    };

    private readonly RouteTable _routes;
    private long _budgetExhausted;

    public ContractValidator(OpenApiDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        _routes = new RouteTable(document);
        Operations = [.. (document.Paths ?? []).SelectMany(p => (p.Value.Operations ?? []).Select(o => new DocumentedOperation(o.Key.Method.ToUpperInvariant(), p.Key, o.Value.Deprecated)))];
    }

    /// <summary>
    /// Bodies whose schema check ran out of its work budget (<see cref="SchemaRun.DefaultBudget"/> visits) and were
    /// let through partly unjudged: a hostile recursive schema or body costs a bounded amount, never a block.
    /// </summary>
    public long BudgetExhausted => Interlocked.Read(ref _budgetExhausted);

    /// <summary>Every operation the spec documents, for the inventory (documented, shadow, zombie).</summary>
    public IReadOnlyList<DocumentedOperation> Operations { get; }

    /// <summary>The documented operation a request (or a traffic route template) falls under, or null.</summary>
    public DocumentedOperation? Find(string method, string path) =>
        DocumentedRoute(method, path) is { } route ? Operations.FirstOrDefault(o => o.Route == route && string.Equals(o.Method, method, StringComparison.OrdinalIgnoreCase)) : null;

    /// <summary>The documented template the request falls under (e.g. <c>/orders/{id}</c>), or null for a shadow endpoint.</summary>
    public string? DocumentedRoute(string method, string path) =>
        _routes.Match(path) is { } m && Operation(m.Route.Item, method) is not null ? m.Route.Template : null;

    /// <summary>True when the operation a request falls under documents a JSON request body schema.</summary>
    public bool ExpectsJsonBody(string method, string path) =>
        _routes.Match(path) is { } m && Operation(m.Route.Item, method)?.RequestBody is { } body && JsonSchemaFor(body.Content, null) is not null;

    /// <summary>Only the request side (for enforcement before a handler runs): path, parameters and JSON body.</summary>
    public IReadOnlyList<Finding> ValidateRequest(CapturedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Validate(new CapturedExchange { Request = request, Response = null! });
    }

    /// <param name="endpointName">
    /// The caller's bounded name for the request (the templated endpoint, e.g. <c>GET /orders/{id}</c>) that shadow
    /// findings carry. Never the raw path: it can hold tokens or e-mail addresses and has unbounded distinct values.
    /// </param>
    public IReadOnlyList<Finding> Validate(CapturedExchange exchange, string? endpointName = null)
    {
        ArgumentNullException.ThrowIfNull(exchange);
        var findings = new List<Finding>();
        var request = exchange.Request;
        var match = _routes.Match(request.Path);
        var operation = match is { } m ? Operation(m.Route.Item, request.Method) : null;
        if (match is null || operation is null)
        {
            var what = match is null ? "no documented path matches it" : $"{match.Value.Route.Template} documents no {request.Method.ToUpperInvariant()}";
            Add(findings, exchange, ContractRules.ShadowEndpoint, endpointName ?? $"{request.Method.ToUpperInvariant()} (not in the spec)", "/request/path", $"The request is not in the spec: {what}.");
            return findings;
        }

        var endpoint = $"{request.Method.ToUpperInvariant()} {match.Value.Route.Template}";
        CheckParameters(exchange, match.Value.Route.Item, operation, match.Value.Values, endpoint, findings);
        CheckRequestBody(exchange, operation, endpoint, findings);
        CheckResponse(exchange, operation, endpoint, findings);
        return findings;
    }

    private static OpenApiOperation? Operation(IOpenApiPathItem item, string method) =>
        item.Operations?.FirstOrDefault(o => string.Equals(o.Key.Method, method, StringComparison.OrdinalIgnoreCase)).Value;

    private static void CheckParameters(CapturedExchange exchange, IOpenApiPathItem item, OpenApiOperation operation, Dictionary<string, string> pathValues, string endpoint, List<Finding> findings)
    {
        var parameters = (operation.Parameters ?? []).Concat(item.Parameters ?? []).Where(p => p.Name is not null)
            .DistinctBy(p => (p.Name, p.In)).ToList();
        var query = QueryString.Parse(exchange.Request.Query);
        var violations = new List<Violation>();
        foreach (var p in parameters)
        {
            var (value, where) = p.In switch
            {
                ParameterLocation.Path => (pathValues.GetValueOrDefault(p.Name!), "path"),
                ParameterLocation.Query => (query.GetValueOrDefault(p.Name!), "query"),
                ParameterLocation.Header => (exchange.Request.Headers.First(p.Name!), "headers"),
                _ => ((string?)null, "cookie"),
            };
            var pointer = PointerText.Child("/request/" + where, p.Name!);
            if (value is null)
            {
                if (p.Required && where != "cookie")
                {
                    Add(findings, exchange, ContractRules.MissingParameter, endpoint, pointer, $"The required {where} parameter \"{p.Name}\" was not sent.");
                }
            }
            else if (p.Schema is { } schema)
            {
                violations.Clear();
                SchemaValidator.ValidateText(value, schema, pointer, violations);
                foreach (var v in violations)
                {
                    Add(findings, exchange, ContractRules.InvalidParameter, endpoint, v.Pointer, $"The {where} parameter \"{p.Name}\" is {v.Message}.");
                }
            }
        }

        foreach (var name in query.Keys.Where(k => !parameters.Any(p => p.In == ParameterLocation.Query && p.Name == k)))
        {
            Add(findings, exchange, ContractRules.UndocumentedParameter, endpoint, PointerText.Child("/request/query", name), $"The query parameter \"{name}\" is not in the spec.");
        }
    }

    private void CheckRequestBody(CapturedExchange exchange, OpenApiOperation operation, string endpoint, List<Finding> findings)
    {
        var request = exchange.Request;
        if (operation.RequestBody is not { } body || request.Body is null || request.BodyTruncated)
        {
            return;
        }

        if (JsonSchemaFor(body.Content, request.Headers.First("Content-Type")) is not { } schema || Parse(request.Body) is not { } parsed)
        {
            return;
        }

        if (parsed.Duplicates)
        {
            Add(findings, exchange, ContractRules.InvalidBody, endpoint, "/request/body", "The request body repeats a property name within one object; parsers disagree on which value wins.");
            return;
        }

        var violations = new List<Violation>();
        Count(SchemaValidator.Validate(parsed.Value, schema, "/request/body", violations, reportUnknown: false));
        foreach (var v in violations)
        {
            Add(findings, exchange, ContractRules.InvalidBody, endpoint, v.Pointer, $"The request body value is {v.Message}.");
        }
    }

    private void CheckResponse(CapturedExchange exchange, OpenApiOperation operation, string endpoint, List<Finding> findings)
    {
        var response = exchange.Response;
        if (response is null || response.Status == 0 || operation.Responses is not { } responses)
        {
            return;
        }

        var status = response.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var documented = responses.GetValueOrDefault(status) ?? responses.GetValueOrDefault(status[0] + "XX") ?? responses.GetValueOrDefault("default");
        if (documented is null)
        {
            Add(findings, exchange, ContractRules.UndocumentedStatus, endpoint, "/response/status", $"Status {status} is not among the documented responses ({string.Join(", ", responses.Keys)}).");
            return;
        }

        if (response.Body is null || response.BodyTruncated || JsonSchemaFor(documented.Content, response.Headers.First("Content-Type")) is not { } schema || Parse(response.Body) is not { Duplicates: false } parsed)
        {
            return;
        }

        var violations = new List<Violation>();
        Count(SchemaValidator.Validate(parsed.Value, schema, "/response/body", violations, reportUnknown: true));
        foreach (var v in violations.Where(v => v.UnknownField))
        {
            Add(findings, exchange, ContractRules.ExcessiveData, endpoint, v.Pointer, "The response carries a field its schema does not list.");
        }
    }

    private void Count(SchemaRun run)
    {
        if (run.Exhausted)
        {
            Interlocked.Increment(ref _budgetExhausted);
        }
    }

    private static IOpenApiSchema? JsonSchemaFor(IDictionary<string, OpenApiMediaType>? content, string? contentType)
    {
        if (content is null || contentType is not null && !contentType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        return content.FirstOrDefault(c => c.Key.Contains("json", StringComparison.OrdinalIgnoreCase)).Value?.Schema;
    }

    // Duplicate keys are refused at parse time: JsonObject would otherwise throw later (ArgumentException), and
    // parsers disagree on which duplicate wins, so {"role":"user","role":"admin"} is a contract break in itself.
    private static readonly JsonDocumentOptions Strict = new() { MaxDepth = 64, AllowDuplicateProperties = false };
    private static readonly JsonDocumentOptions Lenient = new() { MaxDepth = 64 };

    private static ParsedBody? Parse(string body)
    {
        if (body.Length > MaxBodyChars || body == "****")
        {
            return null;
        }

        try
        {
            var node = JsonNode.Parse(body, documentOptions: Strict);
            return node is not null || body.AsSpan().Trim().SequenceEqual("null") ? new ParsedBody(node, Duplicates: false) : null;
        }
        catch (JsonException)
        {
            return HasDuplicates(body) ? new ParsedBody(null, Duplicates: true) : null;
        }
    }

    private static bool HasDuplicates(string body)
    {
        try
        {
            using var lenient = JsonDocument.Parse(body, Lenient);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <param name="Duplicates">The body is JSON but repeats a property name within one object; <c>Value</c> is null.</param>
    private readonly record struct ParsedBody(JsonNode? Value, bool Duplicates);

    private static void Add(List<Finding> findings, CapturedExchange exchange, RuleDescriptor rule, string endpoint, string pointer, string message)
    {
        if (findings.Count >= SchemaValidator.MaxViolations)
        {
            return;
        }

        findings.Add(new Finding
        {
            RuleId = rule.Id,
            Title = rule.Title,
            Threat = rule.DefaultThreat,
            EventId = exchange.Id,
            Endpoint = endpoint,
            Location = pointer,
            Message = message,
            Timestamp = exchange.Timestamp,
        });
    }
}
