using Vigil.Scan;

namespace Vigil.Cli.Scan;

/// <summary>
/// <c>vigil scan --msbuild</c>: each project load step on stderr as it happens (loads take seconds), and a load failure
/// printed with what to do next. Null means the failure was printed and the exit code is 2.
/// </summary>
internal static class MsBuildScan
{
    public static async Task<ScanResult?> RunAsync(string path, CancellationToken cancellationToken)
    {
        var (result, error) = await new Scanner(TimeProvider.System)
            .ScanWithMsBuildAsync(path, line => Console.Error.WriteLine(line), cancellationToken).ConfigureAwait(false);
        if (error is not null)
        {
            Console.Error.WriteLine($"error: --msbuild: {error.TrimEnd('.')}.");
            Console.Error.WriteLine("  Fix the load, or run without --msbuild: the default scan needs no restore or build.");
        }

        return result;
    }
}
