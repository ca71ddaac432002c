namespace Vigil.Bench.Ingest;

internal sealed record BenchOptions(int Batches, int BatchSize, int EventBytes, int Senders)
{
    public static BenchOptions Parse(string[] args)
    {
        int Get(string name, int fallback)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length && int.TryParse(args[at + 1], out var v) ? v : fallback;
        }

        return new BenchOptions(Get("--batches", 1000), Get("--batch-size", 100), Get("--event-bytes", 1024), Get("--senders", 8));
    }
}
