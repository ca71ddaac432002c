namespace Vigil.Bench.Scan;

internal static class BenchPaths
{
    public static string Root()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "Vigil.slnx")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException("Run from inside the Vigil repository (Vigil.slnx not found above " + AppContext.BaseDirectory + ").");
    }
}
