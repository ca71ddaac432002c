using System.Globalization;
using Vigil.Simulation.Traffic;

namespace Vigil.Simulation.Scenarios;

/// <summary>A flood on one endpoint from many addresses: 100 requests a second on a menu route.</summary>
public sealed class SpikeScenario : AttackScenario
{
    public override string Name => "spike";

    public override string Description => "100 requests/s on GET /restaurants/{id}/menu from 2,000 addresses";

    public override IReadOnlyList<string> ExpectedRules => ["VG2007"];

    internal override IEnumerable<Request> Requests(Random random) => Paced(100, i =>
        new Request(TimeSpan.Zero, "GET", "/restaurants/7/menu", "/restaurants/{id}/menu", 200,
            "198.18." + (i % 2000 / 250).ToString(CultureInfo.InvariantCulture) + "." + ((i % 250) + 1).ToString(CultureInfo.InvariantCulture),
            Bodies.Menu(7), UserAgent: "loadbot/1.0"));
}
