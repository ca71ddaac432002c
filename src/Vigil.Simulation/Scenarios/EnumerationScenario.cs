using Vigil.Simulation.Traffic;

namespace Vigil.Simulation.Scenarios;

/// <summary>One address walking order ids one by one, reading other diners' orders (BOLA).</summary>
public sealed class EnumerationScenario : AttackScenario
{
    public override string Name => "enumeration";

    public override string Description => "198.51.100.66 walks GET /orders/{id} from 20000 upwards at 5/s; a fifth are 404";

    public override IReadOnlyList<string> ExpectedRules => ["VG2001"];

    internal override IEnumerable<Request> Requests(Random random) => Paced(5, i =>
    {
        var id = 20_000 + i;
        var found = i % 5 != 4;
        return new Request(TimeSpan.Zero, "GET", $"/orders/{id}", "/orders/{id}", found ? 200 : 404, "198.51.100.66",
            found ? Bodies.Order(id) : null, UserAgent: "python-requests/2.32");
    });
}
