using Vigil.Alerting.Grouping;
using Vigil.Alerting.Rules;
using Vigil.Core.Findings;
using Vigil.TestKit;

namespace Vigil.Alerting.Tests.Grouping;

public sealed class ProjectAlertRulesTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Shop = Guid.NewGuid();
    private static readonly Guid Blog = Guid.NewGuid();

    private static Finding Sqli(int second) => new()
    {
        RuleId = "VG1001", Title = "SQL injection attempt", Threat = ThreatLevel.High, Endpoint = "GET /search", Location = "query.q", Timestamp = T0.AddSeconds(second),
    };

    private static (AlertGrouper, ProjectAlertRules) New()
    {
        var rules = new ProjectAlertRules();
        rules.Set(Shop, [new AlertRule { Name = "sqli-burst", RuleId = "VG1001", Threshold = 3, Window = TimeSpan.FromMinutes(10) }]);
        return (new AlertGrouper(new AlertingOptions(), new ManualClock(T0), rules), rules);
    }

    [Fact]
    public void A_project_rule_comes_before_the_built_in_ones_and_holds_back_the_first_two_findings()
    {
        var (grouper, _) = New();

        Assert.Null(grouper.Apply(Shop, Sqli(0), "ip:203.0.113.1"));
        Assert.Null(grouper.Apply(Shop, Sqli(1), "ip:203.0.113.1"));
        var opened = grouper.Apply(Shop, Sqli(2), "ip:203.0.113.1");

        Assert.Equal(("sqli-burst", 3), (opened!.Alert.AlertRule, opened.Alert.Findings));
    }

    [Fact]
    public void Another_project_keeps_the_built_in_rules()
    {
        var (grouper, _) = New();

        Assert.Equal("high-threat", grouper.Apply(Blog, Sqli(0), "ip:203.0.113.1")!.Alert.AlertRule);
    }

    [Fact]
    public void Replacing_a_projects_rules_applies_to_the_next_finding()
    {
        var (grouper, rules) = New();
        Assert.Null(grouper.Apply(Shop, Sqli(0), "ip:203.0.113.1"));

        rules.Set(Shop, []);

        Assert.Equal("high-threat", grouper.Apply(Shop, Sqli(1), "ip:203.0.113.1")!.Alert.AlertRule);
    }
}
