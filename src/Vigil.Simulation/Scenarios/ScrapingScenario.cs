using System.Globalization;
using Vigil.Simulation.Traffic;

namespace Vigil.Simulation.Scenarios;

/// <summary>A signed-in account paging through every customer record, page after page.</summary>
public sealed class ScrapingScenario : AttackScenario
{
    public override string Name => "scraping";

    public override string Description => "user:m4242 (a normal member account) pages GET /customers?page=N, 50 records a page, at 4/s";

    public override IReadOnlyList<string> ExpectedRules => ["VG2005"];

    internal override IEnumerable<Request> Requests(Random random) => Paced(4, i =>
        new Request(TimeSpan.Zero, "GET", "/customers", "/customers", 200, "100.64.16.243", Bodies.Customers(i + 1, 50),
            "page=" + (i + 1).ToString(CultureInfo.InvariantCulture), UserId: "m4242", UserAgent: "Go-http-client/1.1"));
}
