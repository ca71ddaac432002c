using Vigil.Audit.Engine;
using Vigil.Core.Findings;
using Vigil.Reporting;

namespace Vigil.Audit.Scoring;

/// <summary>
/// Each category starts at 100. Every finding costs points by threat (high 10, medium 5, low 2), and one rule can
/// cost at most its cap (high 40, medium 20, low 10) so a thousand unbounded strings do not drown a missing auth
/// scheme. Overall is the weighted mean: security 50%, validation 30%, design 20%.
/// </summary>
internal static class AuditScoring
{
    public static readonly IReadOnlyDictionary<string, double> Weights = new Dictionary<string, double>(StringComparer.Ordinal)
    {
        [AuditCategories.Security] = 0.5,
        [AuditCategories.Validation] = 0.3,
        [AuditCategories.Design] = 0.2,
    };

    public static int Cost(ThreatLevel threat) => threat switch
    {
        ThreatLevel.High => 10,
        ThreatLevel.Medium => 5,
        ThreatLevel.Low => 2,
        _ => 0,
    };

    public static int Cap(ThreatLevel threat) => Cost(threat) * 4 + (threat == ThreatLevel.Low ? 2 : 0);

    /// <param name="categoryOf">The category of each rule id that ran.</param>
    public static Scorecard Score(IEnumerable<Finding> findings, IReadOnlyDictionary<string, string> categoryOf)
    {
        var byRule = findings.GroupBy(f => f.RuleId, StringComparer.Ordinal);
        var deductions = AuditCategories.All.ToDictionary(c => c, _ => new List<ScoreDeduction>(), StringComparer.Ordinal);
        foreach (var group in byRule)
        {
            if (!categoryOf.TryGetValue(group.Key, out var category) || !deductions.TryGetValue(category, out var list))
            {
                continue;
            }

            var first = group.First();
            var raw = group.Sum(f => Cost(f.Threat));
            var cap = group.Max(f => Cap(f.Threat));
            if (raw > 0)
            {
                list.Add(new ScoreDeduction(group.Key, first.Title, group.Count(), Math.Min(raw, cap), raw > cap));
            }
        }

        var categories = AuditCategories.All.Select(name =>
        {
            var lost = deductions[name].OrderByDescending(d => d.Points).ThenBy(d => d.RuleId, StringComparer.Ordinal).ToList();
            var score = Math.Max(0, 100 - lost.Sum(d => d.Points));
            return new CategoryScore(name, score, Scorecard.GradeOf(score), Weights[name], lost);
        }).ToList();
        var overall = (int)Math.Round(categories.Sum(c => c.Score * c.Weight), MidpointRounding.AwayFromZero);
        return new Scorecard(overall, Scorecard.GradeOf(overall), categories);
    }
}
