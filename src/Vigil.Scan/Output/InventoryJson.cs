using System.Text.Json.Nodes;
using Vigil.Scan.Endpoints;

namespace Vigil.Scan.Output;

/// <summary>
/// The stable JSON names of the inventory: <c>{"methods", "route", "handler", "file", "line", "auth", "authReason",
/// "parameters": [{"name", "source", "type"}], "responseTypes"}</c>. Renaming any of them breaks consumers.
/// </summary>
public static class InventoryJson
{
    public static JsonArray Endpoints(IEnumerable<ScanEndpoint> endpoints) => [.. endpoints.Select(Endpoint)];

    public static JsonObject Endpoint(ScanEndpoint e) => new()
    {
        ["methods"] = new JsonArray([.. e.Methods.Select(m => JsonValue.Create(m))]),
        ["route"] = e.Route,
        ["handler"] = e.Handler,
        ["file"] = e.Source.File,
        ["line"] = e.Source.Line,
        ["auth"] = AuthName(e.Auth),
        ["authReason"] = e.AuthReason,
        ["parameters"] = new JsonArray([.. e.Parameters.Select(p => new JsonObject
        {
            ["name"] = p.Name,
            ["source"] = SourceName(p.Source),
            ["type"] = p.Type,
        })]),
        ["responseTypes"] = new JsonArray([.. e.ResponseTypes.Select(t => JsonValue.Create(t))]),
    };

    public static string AuthName(EndpointAuth auth) => auth switch
    {
        EndpointAuth.Authenticated => "authenticated",
        EndpointAuth.Policy => "policy",
        _ => "public",
    };

    public static string SourceName(ParameterSource source) => source.ToString().ToLowerInvariant();
}
