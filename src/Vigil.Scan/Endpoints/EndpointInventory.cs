using Vigil.Scan.Loading;

namespace Vigil.Scan.Endpoints;

/// <summary>Every endpoint of the target: controllers and minimal APIs, in file then line order.</summary>
internal static class EndpointInventory
{
    public static IReadOnlyList<ScanEndpoint> Build(ScanWorkspace workspace)
    {
        var global = GlobalAuthorization.Find(workspace.Index);
        var services = ServiceTypes.Find(workspace);
        // The two discoveries share only thread-safe state (semantic models, the syntax index), so they bind in parallel.
        List<ScanEndpoint> Controllers() => new ControllerDiscovery(workspace, global, services, ConventionalRoutes.Find(workspace)).Discover().ToList();
        var controllers = workspace.Parallel.MaxDegreeOfParallelism > 1 ? Task.Run(Controllers) : Task.FromResult(Controllers());
        var minimal = new MinimalApiDiscovery(workspace, new GroupResolver(new CallSites(workspace)), global, services).Discover().ToList();
        return [.. controllers.GetAwaiter().GetResult().Concat(minimal)
            .OrderBy(e => e.Source.File, StringComparer.Ordinal).ThenBy(e => e.Source.Line).ThenBy(e => e.Route, StringComparer.Ordinal)];
    }
}
