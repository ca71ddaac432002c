using System.Globalization;

namespace Vigil.Bench.Audit;

internal sealed record BenchOptions(string Tools, int SampleSize, TimeSpan Timeout, bool Full)
{
    /// <summary>Skip the timed race and Stripe; only the per-file agreement run.</summary>
    public bool AgreementOnly { get; init; }

    public int AgreementSize { get; init; } = 30;

    public TimeSpan PerFileTimeout { get; init; } = TimeSpan.FromSeconds(120);

    public static BenchOptions? Parse(string[] args)
    {
        var tools = "/tmp/openapi-bench";
        var sample = 100;
        var timeout = 900;
        var full = false;
        var agreementOnly = false;
        var agreementSize = 30;
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
                case "--agreement-only":
                    agreementOnly = true;
                    break;
                case "--agreement-sample" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var a) && a > 0:
                    agreementSize = a;
                    i++;
                    break;
                default:
                    Console.Error.WriteLine("usage: Vigil.Bench.Audit [--tools DIR] [--sample N] [--timeout SECONDS] [--full] [--agreement-only] [--agreement-sample N]");
                    return null;
            }
        }

        return new BenchOptions(tools, sample, TimeSpan.FromSeconds(timeout), full) { AgreementOnly = agreementOnly, AgreementSize = agreementSize };
    }
}
