using Vigil.Simulation.Scenarios;
using Vigil.Simulation.Scoring;

namespace Vigil.Simulation.Tests.Scoring;

/// <summary>The simulator against the real detectors: each attack is caught within 10 s, benign traffic raises nothing.</summary>
public sealed class OfflineDetectionTests
{
    private static readonly DateTimeOffset Noon = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Scenarios => [.. AttackScenario.All.Select(s => s.Name)];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Detect_each_scenario_within_ten_seconds(string name)
    {
        var scenario = AttackScenario.Find(name)!;
        // Twelve minutes of benign traffic first: the spike detector needs ten minutes of history.
        var simulator = new Simulator(new SimulationOptions
        {
            Start = Noon, Rate = 30, Diurnal = false, Duration = TimeSpan.FromMinutes(14), Scenarios = [new ScenarioPlan(scenario, TimeSpan.FromMinutes(12))],
        });
        var detection = new OfflineDetection();
        foreach (var e in simulator.Run())
        {
            detection.Feed(e);
        }

        var score = Assert.Single(Scorer.Score(simulator.Runs, detection.Opened));
        Assert.True(score.Detected, $"{name} was not detected; alerts: {string.Join(", ", detection.Opened.Select(a => a.RuleId))}");
        Assert.InRange(score.TimeToAlert!.Value, TimeSpan.Zero, TimeSpan.FromSeconds(10));
    }

    [Fact]
    public void Safe_two_hours_of_benign_traffic_raise_no_alert()
    {
        var simulator = new Simulator(new SimulationOptions { Start = Noon.AddHours(-4), Rate = 30, Duration = TimeSpan.FromHours(2), Seed = 11 });
        var detection = new OfflineDetection();
        foreach (var e in simulator.Run())
        {
            detection.Feed(e);
        }

        Assert.True(detection.Events > 100_000);
        Assert.Empty(detection.Opened);
    }

    [Fact]
    public void Scoring_counts_only_expected_alerts_opened_while_the_attack_ran()
    {
        var run = new ScenarioRun("stuffing", Noon, Noon.AddMinutes(1), "", ["VG2003"]);
        ObservedAlert[] alerts =
        [
            new("VG2003", "ip:x", null, Noon.AddMinutes(-5)),
            new("VG2001", "ip:x", null, Noon.AddSeconds(2)),
            new("VG2003", "ip:x", null, Noon.AddSeconds(4)),
        ];

        var score = Assert.Single(Scorer.Score([run], alerts));
        Assert.Equal(TimeSpan.FromSeconds(4), score.TimeToAlert);
        Assert.False(Assert.Single(Scorer.Score([run], alerts[..2])).Detected);
    }
}
