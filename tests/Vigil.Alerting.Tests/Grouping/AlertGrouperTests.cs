using Vigil.Alerting.Grouping;
using Vigil.Alerting.Rules;
using Vigil.Core.Findings;
using Vigil.Storage.Alerts;
using Vigil.TestKit;

namespace Vigil.Alerting.Tests.Grouping;

public sealed class AlertGrouperTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private static readonly Guid Project = Guid.NewGuid();
    private readonly ManualClock _clock = new(T0);

    private AlertGrouper New(AlertingOptions? options = null) => new(options ?? new AlertingOptions(), _clock);

    private static Finding Enumeration(DateTimeOffset at, string client = "ip:203.0.113.5", ThreatLevel threat = ThreatLevel.High) => new()
    {
        RuleId = "VG2001", Title = "Object id enumeration (BOLA)", Threat = threat, Endpoint = "GET /orders/{id}", Location = client, Timestamp = at,
        Message = "walk", EventId = Guid.NewGuid(),
    };

    private static Finding Request(string ruleId, ThreatLevel threat, DateTimeOffset at) => new()
    {
        RuleId = ruleId, Title = ruleId, Threat = threat, Endpoint = "GET /search", Location = "query.q", Timestamp = at,
    };

    [Fact]
    public void One_attack_gives_one_alert_that_counts_every_finding()
    {
        var grouper = New();
        var changes = Enumerable.Range(0, 1000).Select(i => grouper.Apply(Project, Enumeration(T0.AddSeconds(i)), "ip:203.0.113.5")!).ToList();

        Assert.Single(changes, c => c.Notifies);
        var last = changes[^1].Alert;
        Assert.Equal(1000, last.Findings);
        Assert.Equal("behaviour", last.AlertRule);
        Assert.Equal(T0, last.FirstSeen);
        Assert.Equal(T0.AddSeconds(999), last.LastSeen);
        Assert.Equal("VG2001|ip:203.0.113.5|GET /orders/{id}", last.GroupKey);
    }

    [Fact]
    public void Different_clients_get_different_alerts()
    {
        var grouper = New();
        var a = grouper.Apply(Project, Enumeration(T0, "ip:1.1.1.1"), "x")!;
        var b = grouper.Apply(Project, Enumeration(T0, "ip:2.2.2.2"), "x")!;

        Assert.NotEqual(a.Alert.Id, b.Alert.Id);
        Assert.True(a.Notifies && b.Notifies);
    }

    [Fact]
    public void Lifecycle_open_acknowledged_resolved_then_cooldown_then_a_new_alert()
    {
        var grouper = New(new AlertingOptions { Cooldown = TimeSpan.FromMinutes(30) });
        var opened = grouper.Apply(Project, Enumeration(T0), "c")!.Alert;
        Assert.Equal(AlertStatus.Open, opened.Status);

        _clock.Advance(TimeSpan.FromMinutes(1));
        var acked = grouper.Acknowledge(opened)!;
        Assert.Equal(AlertStatus.Acknowledged, acked.Status);
        Assert.Equal(T0.AddMinutes(1), acked.AcknowledgedAt);

        var whileAcked = grouper.Apply(Project, Enumeration(T0.AddMinutes(2)), "c")!;
        Assert.Equal(AlertChangeKind.Grouped, whileAcked.Kind);
        Assert.Equal(AlertStatus.Acknowledged, whileAcked.Alert.Status);

        _clock.Advance(TimeSpan.FromMinutes(4));
        var resolved = grouper.Resolve(acked)!;
        Assert.Equal(AlertStatus.Resolved, resolved.Status);

        var cooling = grouper.Apply(Project, Enumeration(T0.AddMinutes(20)), "c")!;
        Assert.Equal(AlertChangeKind.Suppressed, cooling.Kind);
        Assert.Equal(opened.Id, cooling.Alert.Id);

        var again = grouper.Apply(Project, Enumeration(T0.AddMinutes(40)), "c")!;
        Assert.Equal(AlertChangeKind.Opened, again.Kind);
        Assert.NotEqual(opened.Id, again.Alert.Id);
    }

    [Fact]
    public void A_higher_threat_escalates_and_notifies_again()
    {
        var grouper = New();
        Assert.True(grouper.Apply(Project, Enumeration(T0, threat: ThreatLevel.Medium), "c")!.Notifies);
        var escalated = grouper.Apply(Project, Enumeration(T0.AddMinutes(1), threat: ThreatLevel.High), "c")!;

        Assert.Equal(AlertChangeKind.Escalated, escalated.Kind);
        Assert.Equal(ThreatLevel.High, escalated.Alert.Threat);
    }

    [Fact]
    public void Low_request_findings_raise_no_alert_but_high_ones_do()
    {
        var grouper = New();
        Assert.Null(grouper.Apply(Project, Request("VG1301", ThreatLevel.Low, T0), "ip:9.9.9.9"));
        var high = grouper.Apply(Project, Request("VG1001", ThreatLevel.High, T0), "ip:9.9.9.9")!;

        Assert.Equal("high-threat", high.Alert.AlertRule);
        Assert.Equal("ip:9.9.9.9", high.Alert.Subject);
    }

    [Fact]
    public void A_user_rule_with_a_threshold_opens_only_when_reached_within_its_window()
    {
        var rule = new AlertRule { Name = "sqli-burst", RuleId = "VG1001", Threshold = 5, Window = TimeSpan.FromMinutes(1) };
        var grouper = New(new AlertingOptions { Rules = [rule], BuiltInRules = false });

        for (var i = 0; i < 4; i++)
        {
            Assert.Null(grouper.Apply(Project, Request("VG1001", ThreatLevel.High, T0.AddMinutes(i * 2)), "c"));
        }

        for (var i = 0; i < 4; i++)
        {
            Assert.Null(grouper.Apply(Project, Request("VG1001", ThreatLevel.High, T0.AddMinutes(20).AddSeconds(i)), "c"));
        }

        var opened = grouper.Apply(Project, Request("VG1001", ThreatLevel.High, T0.AddMinutes(20).AddSeconds(5)), "c")!;
        Assert.Equal("sqli-burst", opened.Alert.AlertRule);
        Assert.Equal(5, opened.Alert.Findings);
    }

    [Fact]
    public void Grouping_survives_a_restart_through_load()
    {
        var first = New();
        var alert = first.Apply(Project, Enumeration(T0), "c")!.Alert;

        var second = New();
        second.Load([alert]);
        var next = second.Apply(Project, Enumeration(T0.AddMinutes(1)), "c")!;

        Assert.Equal(AlertChangeKind.Grouped, next.Kind);
        Assert.Equal(alert.Id, next.Alert.Id);
    }

    [Fact]
    public void Memory_is_bounded_by_max_groups()
    {
        var grouper = New(new AlertingOptions { MaxGroups = 1000 });
        for (var i = 0; i < 20_000; i++)
        {
            grouper.Apply(Project, Enumeration(T0.AddSeconds(i), client: $"ip:10.0.{i / 256}.{i % 256}"), "c");
        }

        Assert.InRange(grouper.Groups, 1, 1000);
    }

    [Fact]
    public void Invalid_options_are_reported_all_at_once()
    {
        var options = new AlertingOptions
        {
            Rules = [new AlertRule { Name = "a", Threshold = 0 }, new AlertRule { Name = "a", RuleId = "V*G*" }],
            Cooldown = TimeSpan.FromDays(30),
        };

        var problems = options.Problems();
        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.Contains("threshold", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("used twice", StringComparison.Ordinal));
    }
}
