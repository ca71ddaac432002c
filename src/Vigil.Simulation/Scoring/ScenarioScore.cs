namespace Vigil.Simulation.Scoring;

/// <summary>How one attack went: caught or not, by which detector, and how long after it began (simulated time).</summary>
public sealed record ScenarioScore(string Scenario, bool Detected, string? DetectedBy, TimeSpan? TimeToAlert, string Description);

/// <summary>Matches alerts against ground truth: an attack is caught by the first expected alert opened while it ran.</summary>
public static class Scorer
{
    public static IReadOnlyList<ScenarioScore> Score(IReadOnlyList<ScenarioRun> runs, IReadOnlyList<ObservedAlert> alerts) =>
        [.. runs.Select(run =>
        {
            var hit = alerts
                .Where(a => run.ExpectedRules.Contains(a.RuleId) && a.OpenedAt >= run.Start && a.OpenedAt <= run.End)
                .OrderBy(a => a.OpenedAt)
                .FirstOrDefault();
            return new ScenarioScore(run.Name, hit is not null, hit?.RuleId, hit is null ? null : hit.OpenedAt - run.Start, run.Description);
        })];

    /// <summary>Alerts per day of simulated time: the false-alert rate of a benign-only run.</summary>
    public static double PerDay(int alerts, TimeSpan simulated) => alerts / simulated.TotalDays;
}
