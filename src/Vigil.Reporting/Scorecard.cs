namespace Vigil.Reporting;

/// <summary>
/// A 0–100 score with a letter grade, per category and overall, and what cost the points. Engines that grade their
/// subject (<c>vigil audit</c>) attach one to <see cref="Report.Scorecard"/>; every renderer shows it.
/// </summary>
public sealed record Scorecard(int Score, string Grade, IReadOnlyList<CategoryScore> Categories)
{
    /// <summary>A (90–100), B (80–89), C (70–79), D (60–69), F (below 60).</summary>
    public static string GradeOf(int score) => score switch
    {
        >= 90 => "A",
        >= 80 => "B",
        >= 70 => "C",
        >= 60 => "D",
        _ => "F",
    };
}

/// <summary>One category's score, e.g. <c>security</c>, and the deductions that explain it.</summary>
/// <param name="Weight">Its share of the overall score, 0–1.</param>
public sealed record CategoryScore(string Name, int Score, string Grade, double Weight, IReadOnlyList<ScoreDeduction> Deductions);

/// <summary>Points a rule's findings cost in a category: <paramref name="Points"/> for <paramref name="Findings"/> finding(s), capped per rule.</summary>
public sealed record ScoreDeduction(string RuleId, string Title, int Findings, int Points, bool Capped);
