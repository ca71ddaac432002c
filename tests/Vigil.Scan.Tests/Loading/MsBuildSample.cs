using System.Diagnostics;
using Vigil.Scan.Loading;
using Vigil.Scan.Loading.MSBuild;
using Vigil.Scan.Tests.Endpoints;

namespace Vigil.Scan.Tests.Loading;

/// <summary>
/// The QR-ordering sample loaded once through MSBuild for the whole test class (a load costs seconds: a build host
/// process, evaluation, a design-time build). Its packages are in the local NuGet cache, so the restore works offline.
/// </summary>
public sealed class MsBuildSample : IAsyncLifetime
{
    public static string Project { get; } = Path.Combine(SampleInventoryTests.RepositoryRoot(), "samples", "Vigil.Samples.QrOrdering", "Vigil.Samples.QrOrdering.csproj");

    internal ScanWorkspace Workspace { get; private set; } = null!;

    public ScanResult Result { get; private set; } = null!;

    public List<string> Log { get; } = [];

    public async Task InitializeAsync()
    {
        await RestoreAsync(Project);
        var load = await MsBuildLoader.LoadAsync(Project, 0, Log.Add, CancellationToken.None);
        Workspace = load.Workspace ?? throw new InvalidOperationException("the sample did not load: " + load.Error);
        Result = new Scanner(TimeProvider.System).Scan(Workspace);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    internal static async Task RestoreAsync(string project)
    {
        using var restore = Process.Start(new ProcessStartInfo("dotnet", ["restore", project, "-v", "q", "-p:NuGetAudit=false"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var output = await restore.StandardOutput.ReadToEndAsync();
        await restore.WaitForExitAsync();
        Assert.True(restore.ExitCode == 0, "dotnet restore failed: " + output);
    }
}
