using System.Xml.Linq;

namespace Vigil.Cli.Tests.Architecture;

/// <summary>The layering of docs/STYLE: pure libraries stay pure, the SDK stays small, composition happens at the edges.</summary>
public sealed class DependencyRulesTests
{
    private static IReadOnlyList<string> ReferencesOf(string project)
    {
        var csproj = Path.Combine(RepositoryPaths.Root, "src", project, project + ".csproj");
        return XDocument.Load(csproj).Descendants("ProjectReference")
            .Select(r => Path.GetFileNameWithoutExtension(r.Attribute("Include")!.Value.Replace('\\', '/')))
            .ToList();
    }

    [Theory]
    [InlineData("Vigil.Core")]
    [InlineData("Vigil.Masking")]
    [InlineData("Vigil.Inventory")]
    [InlineData("Vigil.Storage")]
    [InlineData("Vigil.Detection")]
    [InlineData("Vigil.Reporting")]
    [InlineData("Vigil.Scan")]
    [InlineData("Vigil.OpenApi")]
    public void Pure_libraries_depend_on_nothing_of_ours_but_core(string project) =>
        Assert.All(ReferencesOf(project), r => Assert.Equal("Vigil.Core", r));

    [Fact]
    public void The_audit_engine_reads_documents_and_renders_reports_only() =>
        Assert.Equal(["Vigil.Core", "Vigil.OpenApi", "Vigil.Reporting"], ReferencesOf("Vigil.Audit").Order(StringComparer.Ordinal));

    [Fact]
    public void The_sdk_never_references_the_collector_or_storage()
    {
        var references = ReferencesOf("Vigil.AspNetCore");

        Assert.DoesNotContain(references, r => r.StartsWith("Vigil.Storage", StringComparison.Ordinal) || r is "Vigil.Collector" or "Vigil.Detection");
    }

    [Fact]
    public void Alerting_depends_only_on_core_and_the_storage_interfaces() =>
        Assert.All(ReferencesOf("Vigil.Alerting"), r => Assert.Contains(r, new[] { "Vigil.Core", "Vigil.Storage" }));

    [Fact]
    public void Behavioural_detection_stays_inside_the_pure_detection_library()
    {
        // The detectors must replay offline (vigil inspect) exactly as they run live: no host, no database, no clock.
        var behaviour = Path.Combine(RepositoryPaths.Root, "src", "Vigil.Detection", "Behaviour");
        var offenders = Directory.GetFiles(behaviour, "*.cs", SearchOption.AllDirectories)
            .Where(f => File.ReadAllText(f) is var text && (text.Contains("Microsoft.AspNetCore", StringComparison.Ordinal) || text.Contains("Vigil.Storage", StringComparison.Ordinal) || text.Contains("TimeProvider.System", StringComparison.Ordinal)))
            .ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void The_dashboard_sees_only_the_vocabulary_and_the_storage_contracts()
    {
        // Rule descriptors, key issuing and the aggregate reads reach it through DashboardOptions from the collector.
        Assert.Equal(["Vigil.Core", "Vigil.Storage"], ReferencesOf("Vigil.Dashboard").Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Only_the_cli_composes_a_storage_backend()
    {
        var composers = Directory.GetDirectories(Path.Combine(RepositoryPaths.Root, "src"))
            .Select(Path.GetFileName)
            .Where(p => ReferencesOf(p!).Contains("Vigil.Storage.Sqlite"))
            .ToList();

        Assert.Equal(["Vigil.Cli"], composers);
    }

    [Fact]
    public void Source_never_reads_the_wall_clock_directly()
    {
        // Time is injected (TimeProvider) so detectors replay captures and tests control time.
        var offenders = Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Where(f => File.ReadAllText(f) is var text && (text.Contains("DateTime.Now", StringComparison.Ordinal) || text.Contains("DateTime.UtcNow", StringComparison.Ordinal) || text.Contains("DateTimeOffset.Now", StringComparison.Ordinal) || text.Contains("DateTimeOffset.UtcNow", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(RepositoryPaths.Root, f))
            .ToList();

        Assert.Empty(offenders);
    }
}
