using System.Text.Json.Nodes;
using Vigil.Reporting;
using Vigil.Scan;
using Vigil.Scan.Output;
using Vigil.Scan.Spec;

namespace Vigil.Cli.Scan;

/// <summary>
/// A scan as the shared <see cref="Report"/>: JSON gets <c>endpoints</c>, <c>shadow</c> and <c>zombie</c> beside <c>findings</c>
/// (always present, empty without <c>--spec</c>, so consumers can rely on the names); text gets counts only, the tables are drawn apart.
/// </summary>
internal static class ScanReport
{
    public static Report For(ScanResult result, string subject, IReadOnlyList<SpecDiffEntry> shadow, IReadOnlyList<SpecDiffEntry> zombie, bool forJson) =>
        new("scan", result.Rules, result.Findings)
        {
            Subject = subject,
            Extra = forJson
                ?
                [
                    new("endpoints", InventoryJson.Endpoints(result.Endpoints)),
                    new("shadow", Diff(shadow)),
                    new("zombie", Diff(zombie)),
                ]
                :
                [
                    new("files", JsonValue.Create(result.Files)),
                    new("lines", JsonValue.Create(result.Lines)),
                    new("endpoints", JsonValue.Create(result.Endpoints.Count)),
                ],
        };

    private static JsonArray Diff(IReadOnlyList<SpecDiffEntry> entries) => [.. entries.Select(e => new JsonObject
    {
        ["method"] = e.Method,
        ["route"] = e.Route,
        ["file"] = e.File,
        ["line"] = e.Line,
        ["handler"] = e.Handler,
    })];
}
