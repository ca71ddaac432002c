using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Vigil.Scan.Tests.Loading;

/// <summary><c>--msbuild</c> on the sample: the same inventory as the default scan, with package types resolved.</summary>
public sealed class MsBuildScanTests(MsBuildSample sample) : IClassFixture<MsBuildSample>
{
    [Fact]
    public void The_inventory_is_the_same_endpoints_at_the_same_places_as_the_default_scan()
    {
        var byDefault = new Scanner(TimeProvider.System).Scan(MsBuildSample.Project);

        Assert.NotEmpty(sample.Result.Endpoints);
        Assert.Equal(Keys(byDefault), Keys(sample.Result));
        Assert.Equal(byDefault.Files, sample.Result.Files);
    }

    [Fact]
    public void Package_types_bind_to_their_assembly_which_the_default_scan_cannot_do()
    {
        var tree = sample.Workspace.Trees.Single(t => t.FilePath == "Data/Seeding/SeededFakers.cs");
        var faker = tree.GetRoot().DescendantNodes().OfType<ObjectCreationExpressionSyntax>().First();

        var type = sample.Workspace.Model(tree).GetTypeInfo(faker).Type;

        Assert.Equal(("Faker", "Bogus"), (type?.Name, type?.ContainingAssembly?.Name));
        Assert.NotEqual(TypeKind.Error, type!.TypeKind);
    }

    [Fact]
    public void Progress_names_each_project_step()
    {
        Assert.Contains(sample.Log, line => line.StartsWith("msbuild: evaluate Vigil.Samples.QrOrdering.csproj", StringComparison.Ordinal));
    }

    [Fact]
    public void The_msbuild_engine_never_loads_in_this_process_evaluation_happens_in_the_build_host()
    {
        // Microsoft.CodeAnalysis.Workspaces.MSBuild brings Microsoft.Build 17.7 into the output folder, where the runtime
        // would find it before the locator's SDK copy: evaluating in-process would silently use that old engine.
        var engine = AppDomain.CurrentDomain.GetAssemblies().Where(a => a.GetName().Name == "Microsoft.Build").Select(a => a.Location);

        Assert.True(Microsoft.Build.Locator.MSBuildLocator.IsRegistered);
        Assert.Empty(engine);
    }

    private static List<string> Keys(ScanResult result) =>
        [.. result.Endpoints.SelectMany(e => e.Keys.Select(k => $"{k} {e.Source.File}:{e.Source.Line} {e.Auth}")).Order(StringComparer.Ordinal)];
}
