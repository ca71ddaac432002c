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

    private static Finding Sqli(int second, ThreatLevel threat = ThreatLevel.High) => new()
    {
        RuleId = "VG1001", Title = "SQL injection attempt", Threat = threat, Endpoint = "GET /search", Location = "query.q", Timestamp = T0.AddSeconds(second),
    };

    private static (AlertGrouper, ProjectAlertRules) New()
    {
        var rules = new ProjectAlertRules();
        rules.Set(Shop, [new AlertRule { Name = "sqli-burst", RuleId = "VG1001", Threshold = 3, Window = TimeSpan.FromMinutes(10) }]);
        return (new AlertGrouper(new AlertingOptions(), new ManualClock(T0), rules), rules);
    }

    [Fact]
    public void A_project_rule_with_threshold_3_alerts_on_the_third_finding_no_built_in_rule_takes()
    {
        var (grouper, _) = New();

        Assert.Null(grouper.Apply(Shop, Sqli(0, ThreatLevel.Medium), "ip:203.0.113.1"));
        Assert.Null(grouper.Apply(Shop, Sqli(1, ThreatLevel.Medium), "ip:203.0.113.1"));
        var opened = grouper.Apply(Shop, Sqli(2, ThreatLevel.Medium), "ip:203.0.113.1");

        Assert.Equal(("sqli-burst", 3), (opened!.Alert.AlertRule, opened.Alert.Findings));
    }

    [Fact]
    public void A_project_rule_never_holds_back_what_a_built_in_rule_alerts_on()
    {
        var (grouper, rules) = New();
        rules.Set(Shop, [new AlertRule { Name = "everything-never", Threshold = 1000, Window = TimeSpan.FromMinutes(1) }]);
        var behaviour = new Finding
        {
            RuleId = "VG2001", Title = "Burst", Threat = ThreatLevel.Medium, Endpoint = "GET /login", Location = "ip:203.0.113.9", Timestamp = T0,
        };

        Assert.Equal("high-threat", grouper.Apply(Shop, Sqli(0), "ip:203.0.113.1")!.Alert.AlertRule);
        Assert.Equal("behaviour", grouper.Apply(Shop, behaviour, "ip:203.0.113.9")!.Alert.AlertRule);
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
        Assert.Null(grouper.Apply(Shop, Sqli(0, ThreatLevel.Medium), "ip:203.0.113.1"));

        rules.Set(Shop, [new AlertRule { Name = "any-sqli", RuleId = "VG1001" }]);

        Assert.Equal("any-sqli", grouper.Apply(Shop, Sqli(1, ThreatLevel.Medium), "ip:203.0.113.1")!.Alert.AlertRule);
    }
}
