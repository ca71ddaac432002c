using Vigil.Audit.Rulesets;
using Vigil.Core.Findings;
using Vigil.TestKit;

namespace Vigil.Audit.Tests.Rulesets;

public sealed class AuditRulesetLoaderTests
{
    private static (AuditRuleset? Ruleset, IReadOnlyList<Vigil.OpenApi.OpenApiProblem> Errors) Load(string yaml)
    {
        using var dir = new TempDirectory();
        var path = dir.File("ruleset.yaml");
        File.WriteAllText(path, yaml);
        return AuditRulesetLoader.Load(path);
    }

    [Fact]
    public void Checks_can_be_turned_off_and_their_threat_changed()
    {
        var flawed = AuditRun.SecureWith("https://api.example.com/v1", "http://api.example.com/v1")
            .Replace("      summary: One order item of the caller\n", "", StringComparison.Ordinal);
        var (ruleset, errors) = Load("rules:\n  VG3031: off\n  VG3006: low\n");

        Assert.Empty(errors);
        var result = AuditRun.Of(flawed, ruleset);

        var finding = Assert.Single(result.Findings);
        Assert.Equal(("VG3006", ThreatLevel.Low), (finding.RuleId, finding.Threat));
        Assert.DoesNotContain(result.Rules, r => r.Id == "VG3031");
        Assert.Equal(ThreatLevel.Low, result.Rules.Single(r => r.Id == "VG3006").DefaultThreat);
        Assert.Equal(98, result.Scorecard.Categories[0].Score);
    }

    [Fact]
    public void Pattern_rules_report_values_that_break_them_at_their_line()
    {
        var (ruleset, errors) = Load("""
            patterns:
              - id: ACME001
                title: Operation ids are camelCase verbs
                target: operationId
                pattern: '^(get|list|create|update|delete)[A-Z]'
              - id: ACME002
                title: No version in paths
                target: path
                notPattern: '/v[0-9]+/'
                category: design
                threat: medium
            """);
        var yaml = Docs.Secure.Replace("operationId: createOrderItem", "operationId: addItem", StringComparison.Ordinal);

        Assert.Empty(errors);
        var findings = AuditRun.Of(yaml, ruleset).Findings;

        var finding = Assert.Single(findings);
        Assert.Equal("ACME001", finding.RuleId);
        Assert.Equal("/paths/~1order-items/post/operationId", finding.Location);
        Assert.Equal(35, finding.Source!.Line);
    }

    [Fact]
    public void Every_mistake_is_reported_at_once_with_its_line()
    {
        var (ruleset, errors) = Load("""
            rules:
              VG9999: off
              VG3020: severe
            patterns:
              - id: X1
                target: everything
                pattern: '(unclosed'
            extra: 1
            """);

        Assert.Null(ruleset);
        Assert.Equal([2, 3, 6, 7, 8], errors.Select(e => e.Line).Order());
        Assert.Contains(errors, e => e.Message.Contains("VG9999", StringComparison.Ordinal));
    }

    [Fact]
    public void A_ruleset_that_does_not_parse_is_one_error()
    {
        var (ruleset, errors) = Load("rules: [unclosed\n");

        Assert.Null(ruleset);
        Assert.Single(errors);
    }
}
