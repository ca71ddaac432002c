using Vigil.Scan.Endpoints;
using System.Text.RegularExpressions;

namespace Vigil.Scan.Tests.Endpoints;

/// <summary>The QR-ordering sample's real source, scanned from disk without building it, against its known endpoint list.</summary>
public sealed class SampleInventoryTests
{
    private static readonly Lazy<ScanResult> Sample = new(() => new Scanner(TimeProvider.System).Scan(Path.Combine(RepositoryRoot(), "samples", "Vigil.Samples.QrOrdering", "Vigil.Samples.QrOrdering.csproj")));

    [Fact]
    public void Every_endpoint_the_traffic_driver_knows_is_found()
    {
        // The traffic driver's list of endpoint keys, read from its source so this project needs no reference to the sample.
        var list = File.ReadAllText(Path.Combine(RepositoryRoot(), "samples", "Vigil.Samples.QrOrdering", "Traffic", "DemoEndpoints.cs"));
        var known = Regex.Matches(list, "= \"([A-Z]+ /[^\"]*)\";").Select(m => m.Groups[1].Value).ToList();
        Assert.True(known.Count >= 10, "the known list could not be read");
        var found = Sample.Value.Endpoints.SelectMany(e => e.Keys).ToHashSet();

        Assert.All(known, key => Assert.Contains(key, found));
    }

    [Fact]
    public void The_staff_group_policy_and_the_forgotten_debug_route_are_reported_as_they_are()
    {
        var endpoints = Sample.Value.Endpoints;
        var orders = ScanOf.Single(endpoints, "GET /api/restaurants/{restaurantId}/orders");
        Assert.Equal(EndpointAuth.Policy, orders.Auth);
        Assert.StartsWith("RequireAuthorization(\"OwnRestaurant\") on its group at Api/RestaurantStaffEndpoints.cs:", orders.AuthReason, StringComparison.Ordinal);
        Assert.Equal("Api/RestaurantStaffEndpoints.cs", orders.Source.File);
        Assert.Contains(endpoints, e => e.Route == "/internal/debug/orders" && e.Auth == EndpointAuth.Public);
    }

    internal static string RepositoryRoot()
    {
        for (var dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "Vigil.slnx")))
            {
                return dir;
            }
        }

        throw new InvalidOperationException("Vigil.slnx not found above " + AppContext.BaseDirectory);
    }
}
