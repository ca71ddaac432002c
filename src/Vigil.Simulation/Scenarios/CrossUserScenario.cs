using System.Globalization;
using Vigil.Simulation.Traffic;

namespace Vigil.Simulation.Scenarios;

/// <summary>A signed-in member reading other members' orders: the API checks the sign-in, not whose order it is (BOLA).</summary>
public sealed class CrossUserScenario : AttackScenario
{
    public override string Name => "cross-user-bola";

    public override string Description => "member m4242 (signed in) reads other members' orders on GET /orders/{id} at 2/s";

    public override IReadOnlyList<string> ExpectedRules => ["VG2010"];

    // The classic manual test: open one's own order, then change the id in the address bar.
    internal override IEnumerable<Request> Requests(Random random) => Paced(2, i =>
    {
        var victim = i == 0 ? 4242 : random.Next(5_000);
        var order = 10_000 + (victim * 5) + random.Next(5);
        return new Request(TimeSpan.Zero, "GET", $"/orders/{order}", "/orders/{id}", 200, "100.64.16.243",
            Bodies.Order(order, 2, "m" + victim.ToString(CultureInfo.InvariantCulture)), UserId: "m4242", UserAgent: "Mozilla/5.0 (Mobile; diner 7)");
    });
}
