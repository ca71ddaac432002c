using System.Text.Json.Serialization;

namespace Vigil.Collector.Scans;

// The body of POST /v1/scans and, once validated, what the collector stores and GET /v1/scans/latest summarises.
// Names are part of the public contract (docs/protocol.md): add, never rename.

/// <param name="Subject">What was scanned (a folder or solution name), for people.</param>
public sealed record ScanDocument(
    string? Subject,
    int Files,
    int Lines,
    [property: JsonConverter(typeof(ScannedEndpointsConverter))] IReadOnlyList<ScannedEndpoint>? Endpoints,
    [property: JsonConverter(typeof(ScannedFindingsConverter))] IReadOnlyList<ScannedFinding>? Findings);

/// <param name="Methods">HTTP methods, upper case.</param>
/// <param name="Route">The template as the code writes it: <c>/orders/{id:int}</c> and <c>/orders/{id}</c> both match traffic on <c>/orders/{id}</c>.</param>
/// <param name="Auth"><c>public</c>, <c>authenticated</c> or <c>policy</c>.</param>
public sealed record ScannedEndpoint(
    IReadOnlyList<string>? Methods,
    string? Route,
    string? Handler,
    string? File,
    int Line,
    string? Auth)
{
    /// <summary>Why the scanner decided <see cref="Auth"/>, e.g. <c>[Authorize] on OrdersController</c>; optional.</summary>
    public string? AuthReason { get; init; }
}

/// <param name="Endpoint">The endpoint the finding is on, as <c>"GET /orders/{id}"</c>; null for configuration findings.</param>
/// <param name="Cwe">Links a runtime attack to this finding: same endpoint and same CWE escalate it.</param>
public sealed record ScannedFinding(
    string? RuleId,
    string? Title,
    string? Threat,
    string? Cwe,
    string? Endpoint,
    string? File,
    int Line,
    string? Message)
{
    /// <summary>The rule's advice, so the dashboard can show it without knowing the scanner's rules; optional.</summary>
    public string? HowToFix { get; init; }
}

/// <summary>GET /v1/scans/latest: when the project's scan arrived and what it holds.</summary>
public sealed record ScanSummaryView(
    string? Subject,
    DateTimeOffset UploadedAt,
    int Files,
    int Lines,
    int Endpoints,
    int Findings,
    IReadOnlyDictionary<string, int> FindingsByThreat);
