using System.Globalization;

namespace Vigil.Bench.Audit;

internal static class Table
{
    public static void Runs(IEnumerable<ToolRun> runs)
    {
        Console.WriteLine($"  {"tool",-18} {"files",6} {"seconds",9} {"peak MB",9}  note");
        foreach (var r in runs)
        {
            var note = r.Note ?? (r.Completed ? $"exit {r.ExitCode}" : "did not complete");
            Console.WriteLine($"  {r.Name,-18} {r.Files,6} {r.Seconds,9:N2} {r.PeakMb,9:N0}  {note}");
        }
    }

    public static void Ratios(ToolRun vigil, ToolRun spectral, ToolRun redocly)
    {
        Console.WriteLine("Ratios over the same sample (wall time; peak resident memory):");
        foreach (var peer in new[] { spectral, redocly })
        {
            var lower = peer.Completed ? "" : " (at least: the peer timed out)";
            Console.WriteLine($"  vigil vs {peer.Name,-16} {Ratio(peer.Seconds, vigil.Seconds),7}x faster, {Ratio(peer.PeakMb, vigil.PeakMb),6}x less memory{lower}");
        }

        Console.WriteLine($"  target >= 50x faster than Spectral: {Pass(spectral.Seconds / vigil.Seconds >= 50)}; faster than Redocly: {Pass(redocly.Seconds > vigil.Seconds)}");
    }

    private static string Ratio(double peer, double vigil) => vigil <= 0 ? "n/a" : (peer / vigil).ToString("N1", CultureInfo.InvariantCulture);

    private static string Pass(bool ok) => ok ? "PASS" : "MISS";
}
