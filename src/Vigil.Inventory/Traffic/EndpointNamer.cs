using Vigil.Core.Endpoints;

namespace Vigil.Inventory.Traffic;

/// <summary>
/// The inventory's name for the endpoint an exchange hit: the SDK's route template when it sent one
/// (authoritative: it came from the app's own routing), else a template inferred from the path.
/// </summary>
public static class EndpointNamer
{
    public static EndpointKey For(string method, string path, string? route)
    {
        var template = string.IsNullOrWhiteSpace(route) ? PathTemplater.Template(path) : Normalise(route);
        return new EndpointKey(method.ToUpperInvariant(), template);
    }

    // Route groups produce "/api/restaurants/" for "/api/restaurants"; both answer the same requests.
    private static string Normalise(string route)
    {
        var withSlash = route.StartsWith('/') ? route : "/" + route;
        return withSlash.Length > 1 ? withSlash.TrimEnd('/') : withSlash;
    }
}
