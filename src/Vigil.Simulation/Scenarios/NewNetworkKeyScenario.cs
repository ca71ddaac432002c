using Vigil.Simulation.Traffic;

namespace Vigil.Simulation.Scenarios;

/// <summary>
/// A partner's key, used for hours from the partner's own two servers, replayed from one address of a hosting
/// provider: too few addresses for VG2006, a new network for a stable key (VG2011, needs the ASN table).
/// </summary>
public sealed class NewNetworkKeyScenario : AttackScenario
{
    public override string Name => "stolen-key-new-network";

    public override string Description => "partner 3's API key used from 203.0.113.200 (a hosting network it never used) at 0.5/s";

    public override IReadOnlyList<string> ExpectedRules => ["VG2011"];

    internal override IEnumerable<Request> Requests(Random random) => Paced(0.5, i =>
        new Request(TimeSpan.Zero, "GET", "/restaurants", "/restaurants", 200, "203.0.113.200", Bodies.Restaurants(i + 1, 20), $"page={i + 1}",
            ApiKey: BenignTraffic.PartnerKey(3), UserAgent: "partner-sync/3.1"));
}
