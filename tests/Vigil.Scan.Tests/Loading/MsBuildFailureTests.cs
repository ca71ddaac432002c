using Vigil.TestKit;

namespace Vigil.Scan.Tests.Loading;

/// <summary><c>--msbuild</c> never falls back to the default scan: a target MSBuild cannot load is an error naming it.</summary>
public sealed class MsBuildFailureTests
{
    [Fact]
    public async Task A_missing_project_is_an_error_naming_it()
    {
        var (result, error) = await new Scanner(TimeProvider.System).ScanWithMsBuildAsync("/nonexistent/Api.csproj");

        Assert.Null(result);
        Assert.Contains("/nonexistent/Api.csproj: no such file", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_garbage_project_is_an_error_naming_it_not_a_fallback()
    {
        using var folder = new TempDirectory();
        await File.WriteAllTextAsync(folder.File("Api.csproj"), "this is not <xml");
        await File.WriteAllTextAsync(folder.File("Program.cs"), "app.MapGet(\"/x\", () => 1);");

        var (result, error) = await new Scanner(TimeProvider.System).ScanWithMsBuildAsync(folder.File("Api.csproj"));

        Assert.Null(result);
        Assert.Contains("Api.csproj did not evaluate: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_project_that_was_never_restored_is_an_error_saying_to_restore()
    {
        using var folder = new TempDirectory();
        await File.WriteAllTextAsync(folder.File("Api.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><PackageReference Include="Bogus" Version="34.0.2" /></ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(folder.File("Program.cs"), "WebApplication.Create().MapGet(\"/x\", () => 1);");

        var (result, error) = await new Scanner(TimeProvider.System).ScanWithMsBuildAsync(folder.Path);

        Assert.Null(result);
        Assert.Contains("Api.csproj is not restored", error, StringComparison.Ordinal);
    }
}
