using Vigil.Scan.Endpoints;
using Vigil.Scan.Loading;

namespace Vigil.Scan.Tests;

/// <summary>Scans C# snippets as if they were the files of one project.</summary>
internal static class ScanOf
{
    public static ScanResult Sources(params string[] sources) =>
        new Scanner(TimeProvider.System).Scan(ScanWorkspace.FromSources(sources));

    public static IReadOnlyList<ScanEndpoint> Endpoints(params string[] sources) => Sources(sources).Endpoints;

    public static ScanEndpoint Single(IReadOnlyList<ScanEndpoint> endpoints, string key) =>
        Assert.Single(endpoints, e => e.Keys.Contains(key));

    public static IReadOnlyList<string> Keys(IReadOnlyList<ScanEndpoint> endpoints) =>
        [.. endpoints.SelectMany(e => e.Keys).Order(StringComparer.Ordinal)];
}
