using Vigil.Core.Findings;
using Vigil.Storage.Alerts;
using Vigil.TestKit;

namespace Vigil.Alerting.Tests.Configuration;

public sealed class AlertingFileTests
{
    [Fact]
    public void A_valid_file_gives_rules_cooldown_and_channels_per_project()
    {
        var result = AlertingFile.Parse("""
            // comments and trailing commas are fine
            { "cooldownMinutes": 5,
              "rules": [ { "name": "sqli", "ruleId": "VG1001", "minThreat": "high", "endpoint": "/search", "threshold": 5, "windowMinutes": 2 }, ],
              "channels": { "shop": [ { "name": "oncall", "kind": "webhook", "target": "https://hooks.example.test/v", "secret": "s", "minThreat": "medium" } ] } }
            """);

        Assert.Empty(result.Problems);
        Assert.Equal(TimeSpan.FromMinutes(5), result.Options.Cooldown);
        var rule = Assert.Single(result.Options.Rules);
        Assert.Equal(("sqli", "VG1001", ThreatLevel.High, 5, TimeSpan.FromMinutes(2)), (rule.Name, rule.RuleId, rule.MinThreat, rule.Threshold, rule.Window));
        var (project, channel) = Assert.Single(result.Channels);
        Assert.Equal(("shop", ChannelKind.Webhook, ThreatLevel.Medium), (project, channel.Kind, channel.MinThreat));
    }

    [Fact]
    public void Every_problem_is_reported_at_once_with_its_path()
    {
        var result = AlertingFile.Parse("""
            { "cooldownMinutes": "soon",
              "rules": [ { "name": "", "threshold": 0 }, { "name": "x", "minThreat": "extreme" } ],
              "channels": { "shop": [ { "name": "m", "kind": "pager", "target": "x" }, { "name": "h", "kind": "webhook", "target": "file:///etc/passwd" } ] } }
            """, "alerts.json");

        Assert.Contains("alerts.json.cooldownMinutes: must be a number from 0 to 10000000", result.Problems);
        Assert.Contains(result.Problems, p => p.StartsWith("alerts.json: rules[1].minThreat", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.Contains("threshold", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.StartsWith("alerts.json: channels.shop[0]: kind", StringComparison.Ordinal));
        Assert.Contains(result.Problems, p => p.StartsWith("alerts.json: channels.shop[1]: target", StringComparison.Ordinal));
        Assert.True(result.Problems.Count >= 6, string.Join("\n", result.Problems));
    }

    [Fact]
    public void Broken_json_names_the_line_and_missing_or_huge_files_are_refused()
    {
        Assert.StartsWith("f: line 3:", Assert.Single(AlertingFile.Parse("{\n \"rules\": [\n {,\n", "f").Problems), StringComparison.Ordinal);
        Assert.Contains("no such file", Assert.Single(AlertingFile.Load("/nonexistent/alerts.json").Problems), StringComparison.Ordinal);

        using var folder = new TempDirectory();
        var huge = folder.File("huge.json");
        File.WriteAllText(huge, new string(' ', (int)AlertingFile.MaxBytes + 1));
        Assert.Contains("at most", Assert.Single(AlertingFile.Load(huge).Problems), StringComparison.Ordinal);
        Assert.Contains("top level", Assert.Single(AlertingFile.Parse("[1]").Problems), StringComparison.Ordinal);
    }

    [Fact]
    public void Loopback_channels_need_the_files_explicit_opt_in()
    {
        const string Channel = """ "channels": { "default": [ { "name": "relay", "kind": "email", "target": "a@example.test", "from": "v@example.test", "smtpHost": "127.0.0.1" } ] } """;

        var refused = AlertingFile.Parse("{" + Channel + "}");
        var allowed = AlertingFile.Parse("""{ "allowPrivateChannelTargets": true, """ + Channel + "}");

        Assert.Contains("smtpHost target address not allowed", Assert.Single(refused.Problems), StringComparison.Ordinal);
        Assert.False(refused.Options.AllowPrivateChannelTargets);
        Assert.Empty(allowed.Problems);
        Assert.True(allowed.Options.AllowPrivateChannelTargets);
        Assert.Contains("must be true or false", Assert.Single(AlertingFile.Parse("""{ "allowPrivateChannelTargets": "yes" }""").Problems), StringComparison.Ordinal);
    }
}
