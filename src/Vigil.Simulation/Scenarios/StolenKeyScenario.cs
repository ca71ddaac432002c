using System.Globalization;
using Vigil.Simulation.Traffic;

namespace Vigil.Simulation.Scenarios;

/// <summary>A partner's API key leaked and used from a botnet of 40 addresses at once.</summary>
public sealed class StolenKeyScenario : AttackScenario
{
    public override string Name => "stolen-key";

    public override string Description => "partner 0's API key used from 40 addresses (203.0.113.1-40) at 4/s";

    public override IReadOnlyList<string> ExpectedRules => ["VG2006"];

    internal override IEnumerable<Request> Requests(Random random) => Paced(4, i =>
        new Request(TimeSpan.Zero, "GET", "/restaurants", "/restaurants", 200, "203.0.113." + ((i % 40) + 1).ToString(CultureInfo.InvariantCulture),
            Bodies.Restaurants(1, 20), "page=1", ApiKey: BenignTraffic.PartnerKey(0), UserAgent: $"curl/8.{i % 12}"));
}
