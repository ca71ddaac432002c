using Vigil.Simulation;
using Vigil.Simulation.Scenarios;

namespace Vigil.Cli.Simulate;

/// <summary>Which scenarios run and when: after a warm-up of benign traffic, one every <c>spacing</c>.</summary>
internal static class SimulationPlan
{
    public static SimulationOptions Build(IReadOnlyList<AttackScenario> scenarios, double rate, TimeSpan warmup, TimeSpan spacing, DateTimeOffset start, int seed) => new()
    {
        Rate = rate,
        Diurnal = false,
        Start = start,
        Seed = seed,
        Scenarios = [.. scenarios.Select((s, i) => new ScenarioPlan(s, warmup + (spacing * i)))],
        Duration = warmup + (spacing * Math.Max(0, scenarios.Count - 1)) + scenarios.Select(s => s.Duration).DefaultIfEmpty(TimeSpan.FromMinutes(1)).Max() + TimeSpan.FromSeconds(5),
    };

    /// <summary>The named scenarios (or all for none or <c>all</c>), with an error naming the valid ones.</summary>
    public static IReadOnlyList<AttackScenario>? Resolve(IReadOnlyList<string> names, out string? error)
    {
        error = null;
        if (names.Count == 0 || names.Any(n => n.Equals("all", StringComparison.OrdinalIgnoreCase)))
        {
            return AttackScenario.All;
        }

        var found = new List<AttackScenario>();
        foreach (var name in names)
        {
            if (AttackScenario.Find(name) is { } s)
            {
                found.Add(s);
            }
            else
            {
                error = $"Unknown scenario '{name}'; choose from: all, {string.Join(", ", AttackScenario.All.Select(s => s.Name))}.";
                return null;
            }
        }

        return found;
    }
}
