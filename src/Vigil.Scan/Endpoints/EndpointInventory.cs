using Vigil.Scan.Loading;

namespace Vigil.Scan.Endpoints;

/// <summary>Every endpoint of the target: controllers and minimal APIs, in file then line order.</summary>
internal static class EndpointInventory
{
    public static IReadOnlyList<ScanEndpoint> Build(ScanWorkspace workspace)
    {
        var global = GlobalAuthorization.Find(workspace.Trees);
        var services = ServiceTypes.Find(workspace);
        var controllers = new ControllerDiscovery(workspace, global, services, ConventionalRoutes.Find(workspace)).Discover();
        var minimal = new MinimalApiDiscovery(workspace, new GroupResolver(new CallSites(workspace)), global, services).Discover();
        return [.. controllers.Concat(minimal)
            .OrderBy(e => e.Source.File, StringComparer.Ordinal).ThenBy(e => e.Source.Line).ThenBy(e => e.Route, StringComparer.Ordinal)];
    }
}
