using System.Globalization;

namespace Vigil.Bench.Audit;

internal sealed record BenchOptions(string Tools, int SampleSize, TimeSpan Timeout, bool Full)
{
    public static BenchOptions? Parse(string[] args)
    {
        var tools = "/tmp/openapi-bench";
        var sample = 100;
        var timeout = 900;
        var full = false;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--tools" when i + 1 < args.Length:
                    tools = args[++i];
                    break;
                case "--sample" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var n) && n > 0:
                    sample = n;
                    i++;
                    break;
                case "--timeout" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var s) && s > 0:
                    timeout = s;
                    i++;
                    break;
                case "--full":
                    full = true;
                    break;
                default:
                    Console.Error.WriteLine("usage: Vigil.Bench.Audit [--tools DIR] [--sample N] [--timeout SECONDS] [--full]");
                    return null;
            }
        }

        return new BenchOptions(tools, sample, TimeSpan.FromSeconds(timeout), full);
    }
}
