using Vigil.Simulation.Traffic;

namespace Vigil.Simulation.Scenarios;

/// <summary>The restaurant-ordering leak: a table's orders, with every diner's contact details, served to anyone.</summary>
public sealed class UnauthenticatedPiiScenario : AttackScenario
{
    public override string Name => "unauthenticated-pii";

    public override string Description => "198.51.100.99 reads GET /tables/{id}/orders without credentials at 2/s; each answer lists diners' names, e-mails and phones";

    public override IReadOnlyList<string> ExpectedRules => ["VG2002"];

    internal override IEnumerable<Request> Requests(Random random) => Paced(2, i =>
        new Request(TimeSpan.Zero, "GET", $"/tables/{i + 1}/orders", "/tables/{id}/orders", 200, "198.51.100.99",
            Bodies.OrdersWithCustomers(i + 1, 6), UserAgent: "python-requests/2.32"));
}
