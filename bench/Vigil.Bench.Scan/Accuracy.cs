namespace Vigil.Bench.Scan;

/// <summary>Per-rule confusion counts of one tool over the labelled cases: a file counts once per rule, however many findings it has.</summary>
internal sealed record Accuracy(string RuleId, int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? double.NaN : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? double.NaN : (double)TruePositives / (TruePositives + FalseNegatives);

    public static IReadOnlyList<Accuracy> Score(IReadOnlyList<LabelledCase> cases, ISet<(string File, string RuleId)> flagged, Func<LabelledCase, bool>? filter = null) =>
        [.. cases.Where(filter ?? (_ => true)).GroupBy(c => c.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => new Accuracy(
            g.Key,
            g.Count(c => c.Vulnerable && flagged.Contains((c.File, c.RuleId))),
            g.Count(c => !c.Vulnerable && flagged.Contains((c.File, c.RuleId))),
            g.Count(c => c.Vulnerable && !flagged.Contains((c.File, c.RuleId))),
            g.Count(c => !c.Vulnerable && !flagged.Contains((c.File, c.RuleId)))))];

    public static string Percent(double value) => double.IsNaN(value) ? "  n/a" : $"{value * 100,5:0.0}%";
}
