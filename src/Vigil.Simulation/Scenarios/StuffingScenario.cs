using Vigil.Simulation.Traffic;

namespace Vigil.Simulation.Scenarios;

/// <summary>One address replaying a breached list of username/password pairs against the login.</summary>
public sealed class StuffingScenario : AttackScenario
{
    public override string Name => "stuffing";

    public override string Description => "198.51.100.77 posts breached username/password pairs to POST /auth/login at 10/s; 1 in 200 works";

    public override IReadOnlyList<string> ExpectedRules => ["VG2003"];

    internal override IEnumerable<Request> Requests(Random random) => Paced(10, i =>
        new Request(TimeSpan.Zero, "POST", "/auth/login", "/auth/login", i % 200 == 199 ? 200 : 401, "198.51.100.77",
            RequestBody: $"{{\"username\":\"victim{i}@breach.example.net\",\"password\":\"****\"}}", UserAgent: "Mozilla/5.0 (Windows NT 10.0)"));
}
