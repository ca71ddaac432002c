using System.Globalization;

namespace Vigil.Bench.SdkOverhead;

/// <summary>
/// Command line: <c>--seconds N</c> measured per variant per round, <c>--rounds N</c> saturated rounds,
/// <c>--paced-rounds N</c> rounds at a fixed offered load (0 skips them), <c>--concurrency N</c>.
/// </summary>
internal sealed record BenchOptions(double Seconds, int Rounds, int PacedRounds, int Concurrency, double WarmUpSeconds, double JitWarmUpSeconds)
{
    // Defaults keep a whole run near 2 min: 3 s JIT warm-up per variant, then (5 + 3) rounds x 3 variants x (0.5 + 4) s.
    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions(Seconds: 4, Rounds: 5, PacedRounds: 3, Concurrency: 32, WarmUpSeconds: 0.5, JitWarmUpSeconds: 3);
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--seconds":
                    options = options with { Seconds = Positive(args[i], value) };
                    i++;
                    break;
                case "--rounds":
                    options = options with { Rounds = (int)Positive(args[i], value) };
                    i++;
                    break;
                case "--paced-rounds":
                    options = options with { PacedRounds = (int)NonNegative(args[i], value) };
                    i++;
                    break;
                case "--concurrency":
                    options = options with { Concurrency = (int)Positive(args[i], value) };
                    i++;
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{args[i]}'. Use --seconds N, --rounds N, --paced-rounds N, --concurrency N, or --stages [repeats].");
            }
        }

        return options;
    }

    private static double NonNegative(string name, string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n >= 0
            ? n
            : throw new ArgumentException($"{name} needs a number >= 0.");

    private static double Positive(string name, string? value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new ArgumentException($"{name} needs a positive number.");
}
