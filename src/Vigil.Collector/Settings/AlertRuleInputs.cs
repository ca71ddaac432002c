using Vigil.Alerting.Rules;
using Vigil.Core.Findings;
using Vigil.Dashboard;
using Vigil.Storage.Settings;

namespace Vigil.Collector.Settings;

/// <summary>Turns a typed-in alert rule into a stored one, with every problem of its fields and of <see cref="AlertRule.Problems"/>.</summary>
internal static class AlertRuleInputs
{
    public static (StoredAlertRule Rule, List<SettingProblem> Problems) Parse(Guid projectId, AlertRuleInput input, Guid id, DateTimeOffset now)
    {
        var problems = new List<SettingProblem>();
        var threat = ThreatLevel.Low;
        if (input.MinThreat is { Length: > 0 } text && !TryThreat(text, out threat))
        {
            problems.Add(new("minThreat", "must be low, medium or high"));
        }

        if (input.WindowMinutes is { } minutes && (double.IsNaN(minutes) || minutes is < 0 or > 24 * 60))
        {
            problems.Add(new("windowMinutes", "must be between 1 second and 1 day (0.0167 to 1440 minutes)"));
        }

        var rule = new StoredAlertRule
        {
            Id = id,
            ProjectId = projectId,
            Name = input.Name?.Trim() ?? "",
            RuleId = Blank(input.RuleId),
            MinThreat = threat,
            Endpoint = Blank(input.Endpoint),
            Subject = Blank(input.Subject),
            Threshold = input.Threshold ?? 1,
            Window = problems.Any(p => p.Field == "windowMinutes") ? TimeSpan.FromMinutes(10) : TimeSpan.FromSeconds(Math.Round((input.WindowMinutes ?? 10) * 60)),
            CreatedAt = now,
        };
        problems.AddRange(ToAlertRule(rule).Problems().Select(p => new SettingProblem(FieldOf(p), p)));
        if (rule.Endpoint is { Length: > 200 } || rule.Subject is { Length: > 200 })
        {
            problems.Add(new(rule.Endpoint is { Length: > 200 } ? "endpoint" : "subject", "must be at most 200 characters"));
        }

        return (rule, problems);
    }

    public static AlertRule ToAlertRule(StoredAlertRule stored) => new()
    {
        Name = stored.Name,
        RuleId = stored.RuleId,
        MinThreat = stored.MinThreat,
        Endpoint = stored.Endpoint,
        Subject = stored.Subject,
        Threshold = stored.Threshold,
        Window = stored.Window,
    };

    public static bool TryThreat(string text, out ThreatLevel threat) =>
        Enum.TryParse(text, ignoreCase: true, out threat) && Enum.IsDefined(threat) && threat != ThreatLevel.None && !char.IsAsciiDigit(text[0]);

    // AlertRule.Problems speaks for the start-up file; these are its fields as the API names them.
    private static string FieldOf(string problem) =>
        problem.Contains("threshold", StringComparison.Ordinal) ? "threshold"
        : problem.Contains("window", StringComparison.Ordinal) ? "windowMinutes"
        : problem.Contains("ruleId", StringComparison.Ordinal) ? "ruleId"
        : "name";

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
