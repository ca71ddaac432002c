namespace Vigil.Cli.Tests;

internal static class RepositoryPaths
{
    /// <summary>The checkout's root: the folder holding Vigil.slnx above the test binaries.</summary>
    public static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Vigil.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Vigil.slnx not found above " + AppContext.BaseDirectory);
    }
}
