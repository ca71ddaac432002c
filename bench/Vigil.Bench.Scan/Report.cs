namespace Vigil.Bench.Scan;

/// <summary>The printed tables.</summary>
internal static class Report
{
    public static void Accuracy(string tool, IReadOnlyList<LabelledCase> cases, ISet<(string, string)> flagged)
    {
        Console.WriteLine();
        Console.WriteLine($"== {tool}: per rule ==");
        Console.WriteLine("rule      TP  FP  FN  TN  precision  recall");
        foreach (var a in Scan.Accuracy.Score(cases, flagged))
        {
            Console.WriteLine($"{a.RuleId,-8} {a.TruePositives,3} {a.FalsePositives,3} {a.FalseNegatives,3} {a.TrueNegatives,3}     {Scan.Accuracy.Percent(a.Precision)}  {Scan.Accuracy.Percent(a.Recall)}");
        }
    }

    /// <summary>SQL injection split by host (minimal API or controller) and API family, where the peer is known to be blind.</summary>
    public static void SqlBreakdown(IReadOnlyList<LabelledCase> cases, ISet<(string, string)> vigil, SecurityCodeScanPeer? peer)
    {
        Console.WriteLine();
        Console.WriteLine("== VG4001 SQL injection by slice (recall / precision) ==");
        Console.WriteLine($"{"slice",-22} {"cases",5}  {"vigil scan",-17}  {(peer is null ? "" : peer.Name)}");
        foreach (var (name, filter) in (IEnumerable<(string, Func<LabelledCase, bool>)>)
        [
            ("all", c => true),
            ("minimal API", c => c.File.Contains("_minimal", StringComparison.Ordinal)),
            ("controller", c => c.File.Contains("_controller", StringComparison.Ordinal)),
            ("Dapper", c => c.File.Contains("dapper", StringComparison.Ordinal)),
            ("EF Core raw", c => c.File.Contains("_ef_", StringComparison.Ordinal)),
            ("ADO.NET", c => !c.File.Contains("dapper", StringComparison.Ordinal) && !c.File.Contains("_ef_", StringComparison.Ordinal)),
        ])
        {
            var slice = cases.Where(c => c.RuleId == "VG4001" && filter(c)).ToList();
            var v = Scan.Accuracy.Score(slice, vigil).SingleOrDefault();
            var p = peer is null ? null : Scan.Accuracy.Score(slice, peer.Flagged).SingleOrDefault();
            Console.WriteLine($"{name,-22} {slice.Count,5}  {Cell(v),-17}  {(p is null ? "" : Cell(p))}");
        }
    }

    private static string Cell(Accuracy? a) => a is null ? "-" : $"{Scan.Accuracy.Percent(a.Recall)} / {Scan.Accuracy.Percent(a.Precision)}";
}
