using Vigil.Audit.Engine;
using Vigil.Audit.Scoring;
using Vigil.Core.Findings;
using Vigil.Reporting;

namespace Vigil.Audit.Tests.Scoring;

public sealed class AuditScoringTests
{
    private static readonly Dictionary<string, string> Categories = new(StringComparer.Ordinal)
    {
        ["S1"] = AuditCategories.Security,
        ["V1"] = AuditCategories.Validation,
        ["D1"] = AuditCategories.Design,
    };

    private static Finding F(string rule, ThreatLevel threat) => new() { RuleId = rule, Title = rule + " title", Threat = threat };

    [Fact]
    public void Each_finding_costs_by_threat_and_a_rule_costs_at_most_its_cap()
    {
        var findings = new List<Finding> { F("S1", ThreatLevel.High) };
        findings.AddRange(Enumerable.Repeat(F("V1", ThreatLevel.Low), 50));

        var card = AuditScoring.Score(findings, Categories);

        var security = card.Categories.Single(c => c.Name == "security");
        var validation = card.Categories.Single(c => c.Name == "validation");
        Assert.Equal(90, security.Score);
        Assert.Equal(new ScoreDeduction("S1", "S1 title", 1, 10, false), Assert.Single(security.Deductions));
        Assert.Equal(90, validation.Score);
        Assert.True(Assert.Single(validation.Deductions).Capped);
        Assert.Equal(100, card.Categories.Single(c => c.Name == "design").Score);
        // 0.5 × 90 + 0.3 × 90 + 0.2 × 100
        Assert.Equal(92, card.Score);
        Assert.Equal("A", card.Grade);
    }

    [Fact]
    public void A_category_never_goes_below_zero()
    {
        var findings = Enumerable.Range(0, 20).Select(i => F("S" + i, ThreatLevel.High)).ToList();
        var categories = findings.ToDictionary(f => f.RuleId, _ => AuditCategories.Security, StringComparer.Ordinal);

        var card = AuditScoring.Score(findings, categories);

        Assert.Equal(0, card.Categories[0].Score);
        Assert.Equal(50, card.Score);
        Assert.Equal("F", card.Grade);
    }

    [Theory]
    [InlineData(100, "A")]
    [InlineData(90, "A")]
    [InlineData(89, "B")]
    [InlineData(80, "B")]
    [InlineData(79, "C")]
    [InlineData(70, "C")]
    [InlineData(69, "D")]
    [InlineData(60, "D")]
    [InlineData(59, "F")]
    [InlineData(0, "F")]
    public void Grades_follow_the_issue_bands(int score, string grade) => Assert.Equal(grade, Scorecard.GradeOf(score));
}
