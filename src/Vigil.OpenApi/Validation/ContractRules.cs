using Vigil.Core.Findings;

namespace Vigil.OpenApi.Validation;

/// <summary>
/// What traffic held against its contract can break. One descriptor per finding kind; ids VG3101–VG3107 (the OpenAPI
/// block, after the document checks). Kept together because they are produced by one validator pass, not by rules.
/// </summary>
public static class ContractRules
{
    private const string Category = "Contract";

    // Low per request: scanners probing /.env or /wp-admin would otherwise make every probe a Medium event. The
    // endpoint inventory (shadow status) is where an undocumented endpoint that answers gets its weight.
    public static readonly RuleDescriptor ShadowEndpoint = new(
        "VG3101", "Endpoint not in the spec (shadow)", Category, ThreatLevel.Low, "CWE-1059", "API9:2023",
        "Document the endpoint in the spec, or remove it if nobody should call it: undocumented endpoints escape review, tests and gateways.");

    public static readonly RuleDescriptor UndocumentedParameter = new(
        "VG3102", "Parameter not in the spec", Category, ThreatLevel.Low, "CWE-20", "API8:2023",
        "Document the parameter or reject requests that send it; unknown parameters are how mass assignment and parameter pollution start.");

    public static readonly RuleDescriptor MissingParameter = new(
        "VG3103", "Required parameter missing", Category, ThreatLevel.Low, "CWE-20", "API8:2023",
        "The server accepted a request without a parameter the spec requires: validate input at the edge (the SDK's enforcement mode does).");

    public static readonly RuleDescriptor InvalidParameter = new(
        "VG3104", "Parameter breaks its schema", Category, ThreatLevel.Medium, "CWE-20", "API8:2023",
        "The server accepted a value of the wrong type, format, length or enum: validate parameters against the spec before they reach business logic.");

    public static readonly RuleDescriptor InvalidBody = new(
        "VG3105", "Request body breaks its schema", Category, ThreatLevel.Medium, "CWE-20", "API3:2023",
        "The server accepted a body the spec forbids (wrong types, unknown or missing fields): validate request bodies against the spec.");

    public static readonly RuleDescriptor UndocumentedStatus = new(
        "VG3106", "Response status not in the spec", Category, ThreatLevel.Low, null, "API8:2023",
        "Document the status code, or find out why the API returns one its contract does not mention (often an unhandled error).");

    public static readonly RuleDescriptor ExcessiveData = new(
        "VG3107", "Response field not in the schema (excessive data exposure)", Category, ThreatLevel.Medium, "CWE-213", "API3:2023",
        "Return only the fields the response schema lists: build responses from a dedicated model rather than serialising entities.");

    public static IReadOnlyList<RuleDescriptor> All { get; } =
        [ShadowEndpoint, UndocumentedParameter, MissingParameter, InvalidParameter, InvalidBody, UndocumentedStatus, ExcessiveData];
}
