using Vigil.Simulation.Scenarios;

namespace Vigil.Simulation.Tests;

public sealed class SimulatorTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void The_same_seed_gives_the_same_traffic_and_another_seed_does_not()
    {
        static List<string> Take(int seed) =>
            [.. new Simulator(new SimulationOptions { Seed = seed, Start = T0, Duration = TimeSpan.FromMinutes(2), Rate = 20 }).Run()
                .Select(e => $"{e.Exchange.Timestamp:O} {e.Exchange.Request.Method} {e.Exchange.Request.Path} {e.Exchange.Response.Status}")];

        Assert.Equal(Take(1), Take(1));
        Assert.NotEqual(Take(1), Take(2));
    }

    [Fact]
    public void Traffic_is_in_time_order_inside_the_window_at_about_the_asked_rate()
    {
        var options = new SimulationOptions { Start = T0, Duration = TimeSpan.FromMinutes(10), Rate = 50, Diurnal = false };
        var events = new Simulator(options).Run().ToList();

        Assert.All(events.Zip(events.Skip(1)), p => Assert.True(p.First.Exchange.Timestamp <= p.Second.Exchange.Timestamp));
        Assert.All(events, e => Assert.InRange(e.Exchange.Timestamp, T0, T0 + options.Duration));
        Assert.InRange(events.Count, 50 * 600 * 0.85, 50 * 600 * 1.15);
        Assert.All(events, e => Assert.Null(e.Scenario));
    }

    [Fact]
    public void Night_traffic_is_a_quarter_of_the_day_peak()
    {
        var night = new Simulator(new SimulationOptions { Start = T0.AddHours(-10), Duration = TimeSpan.FromMinutes(10), Rate = 50 }).Run().Count();
        var day = new Simulator(new SimulationOptions { Start = T0, Duration = TimeSpan.FromMinutes(10), Rate = 50 }).Run().Count();

        Assert.InRange(night / (double)day, 0.18, 0.33);
    }

    [Fact]
    public void Attack_traffic_is_labelled_and_stays_inside_its_ground_truth_window()
    {
        var plan = new ScenarioPlan(new EnumerationScenario(), TimeSpan.FromMinutes(2));
        var simulator = new Simulator(new SimulationOptions { Start = T0, Duration = TimeSpan.FromMinutes(5), Rate = 10, Scenarios = [plan] });
        var attack = simulator.Run().Where(e => e.Scenario is not null).ToList();
        var run = Assert.Single(simulator.Runs);

        Assert.Equal(300, attack.Count); // 5/s for a minute
        Assert.All(attack, e => Assert.Equal("enumeration", e.Scenario));
        Assert.All(attack, e => Assert.InRange(e.Exchange.Timestamp, run.Start, run.End));
        Assert.Equal(["VG2001"], run.ExpectedRules);
    }

    [Fact]
    public void Bad_options_are_refused_with_every_problem()
    {
        var options = new SimulationOptions { Rate = 0, Duration = TimeSpan.Zero, Scenarios = [new ScenarioPlan(new SpikeScenario(), TimeSpan.FromHours(2))] };

        var error = Assert.Throws<ArgumentException>(() => new Simulator(options));
        Assert.Contains("rate", error.Message, StringComparison.Ordinal);
        Assert.Contains("duration", error.Message, StringComparison.Ordinal);
        Assert.Contains("spike", error.Message, StringComparison.Ordinal);
    }
}
