using Vigil.Simulation.Traffic;

namespace Vigil.Simulation.Scenarios;

/// <summary>A scripted attack: its requests in order with their gaps, and the detectors that should catch it.</summary>
public abstract class AttackScenario
{
    public abstract string Name { get; }

    public abstract string Description { get; }

    public abstract IReadOnlyList<string> ExpectedRules { get; }

    public virtual TimeSpan Duration => TimeSpan.FromMinutes(1);

    internal abstract IEnumerable<Request> Requests(Random random);

    /// <summary>Every scenario, by name; the order is the order they run in a full simulation.</summary>
    public static IReadOnlyList<AttackScenario> All { get; } =
        [new EnumerationScenario(), new StuffingScenario(), new ScrapingScenario(), new StolenKeyScenario(), new SpikeScenario(), new UnauthenticatedPiiScenario(),
         new CrossUserScenario(), new NewNetworkKeyScenario()];

    public static AttackScenario? Find(string name) => All.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Requests evenly spaced at <paramref name="perSecond"/> for the scenario's duration.</summary>
    internal IEnumerable<Request> Paced(double perSecond, Func<int, Request> make)
    {
        var gap = TimeSpan.FromSeconds(1 / perSecond);
        var count = (int)(Duration.TotalSeconds * perSecond);
        for (var i = 0; i < count; i++)
        {
            yield return make(i) with { Gap = i == 0 ? TimeSpan.Zero : gap };
        }
    }
}
