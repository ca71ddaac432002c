using Vigil.Core.Findings;

namespace Vigil.Dashboard.Design;

/// <summary>The latest <c>vigil scan --upload</c>: what was scanned, when, the endpoints the code declares and its findings.</summary>
public sealed record CodeScan(
    string? Subject,
    DateTimeOffset UploadedAt,
    int Files,
    int Lines,
    IReadOnlyList<CodeEndpoint> Endpoints,
    IReadOnlyList<CodeFinding> Findings);

/// <param name="Auth"><c>public</c>, <c>authenticated</c> or <c>policy</c>.</param>
/// <param name="AuthReason">Why the scanner decided so (<c>[Authorize] on OrdersController</c>); null from older uploads.</param>
public sealed record CodeEndpoint(IReadOnlyList<string> Methods, string Route, string Handler, string File, int Line, string Auth, string? AuthReason);

/// <param name="Endpoint">As <c>"GET /orders/{id}"</c>; null for a configuration finding.</param>
/// <param name="File">Null when the finding has no place in a file.</param>
public sealed record CodeFinding(string RuleId, string Title, ThreatLevel Threat, string? Cwe, string? Endpoint, string? File, int Line, string? Message, string? HowToFix);
