using Vigil.TestKit;

namespace Vigil.Scan.Tests.Loading;

/// <summary>What MSBuild complains about but still loads is a warning of the scan, not a reason to stop it.</summary>
public sealed class MsBuildWarningTests
{
    [Fact]
    public async Task A_missing_project_reference_is_a_warning_and_the_scan_goes_on()
    {
        using var folder = new TempDirectory();
        var project = folder.File("Api.csproj");
        await File.WriteAllTextAsync(project, """
            <Project Sdk="Microsoft.NET.Sdk.Web">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><ProjectReference Include="../Missing/Missing.csproj" /></ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(folder.File("Program.cs"), "var app = WebApplication.Create();\napp.MapGet(\"/orders\", () => 1);\napp.Run();\n");
        await MsBuildSample.RestoreAsync(project);

        var (result, error) = await new Scanner(TimeProvider.System).ScanWithMsBuildAsync(project);

        Assert.True(error is null, error);
        Assert.Equal("GET /orders", Assert.Single(result!.Endpoints).Keys.Single());
        Assert.Contains(result.Warnings, w => w.StartsWith("msbuild: ", StringComparison.Ordinal) && w.Contains("Missing.csproj", StringComparison.Ordinal));
    }
}
