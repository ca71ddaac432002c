namespace Vigil.Simulation;

/// <summary>What to simulate: benign traffic at a rate for a duration, with attacks at given offsets.</summary>
public sealed record SimulationOptions
{
    public int Seed { get; init; } = 42;

    public DateTimeOffset Start { get; init; } = new(2026, 11, 23, 0, 0, 0, TimeSpan.Zero);

    public TimeSpan Duration { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Benign requests per second at the daily peak (or all day when <see cref="Diurnal"/> is off).</summary>
    public double Rate { get; init; } = 100;

    /// <summary>Whether benign traffic follows a day: a quarter of the peak at night, rising through the morning.</summary>
    public bool Diurnal { get; init; } = true;

    public IReadOnlyList<ScenarioPlan> Scenarios { get; init; } = [];

    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Rate is <= 0 or > 100_000)
        {
            problems.Add("rate must be between 0 and 100000 requests/s");
        }

        if (Duration <= TimeSpan.Zero || Duration > TimeSpan.FromDays(31))
        {
            problems.Add("duration must be between 1 second and 31 days");
        }

        problems.AddRange(Scenarios.Where(s => s.At < TimeSpan.Zero || s.At >= Duration).Select(s => $"scenario {s.Scenario.Name} starts outside the simulation"));
        return problems;
    }
}

/// <summary>An attack scenario and when, after the start, it begins.</summary>
public sealed record ScenarioPlan(Scenarios.AttackScenario Scenario, TimeSpan At);
