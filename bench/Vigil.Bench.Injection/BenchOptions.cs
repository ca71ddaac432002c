namespace Vigil.Bench.Injection;

/// <summary>
/// Command-line options: <c>--corpora DIR</c>, <c>--values N</c>, <c>--seed N</c>, <c>--examples N</c>,
/// <c>--no-throughput</c>, <c>--verbose</c> (misses per file on standard error), <c>--only FOLDER</c> (one attack folder).
/// </summary>
internal sealed record BenchOptions(string? CorporaDirectory, int GeneratedValues, int Seed, int Examples, bool Throughput, bool Verbose, string? Only)
{
    public static BenchOptions Parse(string[] args)
    {
        string? Text(string name)
        {
            int at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }

        int Number(string name, int fallback) => int.TryParse(Text(name), out int v) ? v : fallback;

        return new BenchOptions(
            Text("--corpora"),
            Number("--values", 50_000),
            Number("--seed", 20_260_101),
            Number("--examples", 10),
            !args.Contains("--no-throughput"),
            args.Contains("--verbose"),
            Text("--only"));
    }
}
