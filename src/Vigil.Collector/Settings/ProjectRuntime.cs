using Vigil.Detection.Engine;
using Vigil.Masking;

namespace Vigil.Collector.Settings;

/// <summary>
/// What a project's own settings change on ingest: a masker with its extra names and patterns, and a rule engine whose
/// VG1501 also knows its IP lists. Null parts mean the server's own, which most projects use.
/// </summary>
internal sealed record ProjectRuntime(Masker? Masker, RuleEngine? Rules)
{
    public static ProjectRuntime Server { get; } = new(null, null);
}
