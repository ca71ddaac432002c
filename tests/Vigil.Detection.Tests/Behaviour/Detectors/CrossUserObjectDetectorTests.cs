using Vigil.Detection.Behaviour;
using Vigil.Detection.Behaviour.Detectors;

namespace Vigil.Detection.Tests.Behaviour.Detectors;

public sealed class CrossUserObjectDetectorTests
{
    private static Stream New(BehaviourOptions? options = null) => new(new CrossUserObjectDetector(options ?? new BehaviourOptions()), options);

    private static BehaviourEvent Read(string client, string endpoint, params string[] owners) =>
        Stream.Event(endpoint, client: client, objectId: "9") with { ForeignOwners = owners.Length == 0 ? null : owners };

    private static BehaviourEvent Own(string client) => Stream.Event("GET /orders/{id}", client: client, objectId: "1") with { OwnObjects = true };

    [Fact]
    public void Detect_a_user_opening_orders_of_three_other_customers_once_per_endpoint()
    {
        var s = New();
        s.Send(Own("user:ann"));
        s.Repeat(30, TimeSpan.FromMinutes(3), i => Read("user:ann", "GET /orders/{id}", $"cust-{1000 + i}"));

        var finding = Assert.Single(s.Of("VG2010"));
        Assert.Equal("user:ann", finding.Location);
        Assert.Equal("GET /orders/{id}", finding.Endpoint);
        Assert.Contains("3 other users", finding.Message, StringComparison.Ordinal);
        Assert.Equal("other owners cu****02", finding.Evidence);
        Assert.DoesNotContain("cust-1002", finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_one_list_of_other_customers_orders()
    {
        var s = New();
        s.Send(Own("user:ann"));
        s.Send(Read("user:ann", "GET /orders", "41", "42", "43", "44", "45", "46"));

        Assert.Contains("****, ****, ****, ****, ****, …", Assert.Single(s.Of("VG2010")).Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Safe_staff_who_never_own_the_objects_they_list()
    {
        var s = New();
        s.Repeat(30, TimeSpan.FromMinutes(3), i => Read("user:waiter-7", "GET /restaurants/{id}/orders", $"cust-{i}", $"cust-{i + 1}"));

        Assert.Empty(s.Findings);
    }

    [Fact]
    public void Safe_one_shared_object_and_own_objects()
    {
        var s = New();
        s.Send(Own("user:ann"));
        s.Repeat(50, TimeSpan.FromMinutes(5), i => Read("user:ann", "GET /orders/{id}", i % 10 == 0 ? "team-lead" : "cust-7"));
        s.Repeat(50, TimeSpan.FromMinutes(5), _ => Read("user:ann", "GET /orders/{id}"));

        Assert.Empty(s.Findings);
    }

    [Fact]
    public void Safe_staff_users_staff_routes_and_callers_without_a_user()
    {
        var s = New(new BehaviourOptions { StaffUsers = ["support-1"] });
        s.Send(Own("user:support-1"));
        s.Send(Own("user:ann"));
        s.Repeat(20, TimeSpan.FromMinutes(1), i => Read("user:support-1", "GET /orders/{id}", $"cust-{i}"));
        s.Repeat(20, TimeSpan.FromMinutes(1), i => Read("user:ann", "GET /admin/orders/{id}", $"cust-{i}"));
        s.Repeat(20, TimeSpan.FromMinutes(1), i => Read("key:abc", "GET /orders/{id}", $"cust-{i}"));
        s.Repeat(20, TimeSpan.FromMinutes(1), i => Read("ip:203.0.113.9", "GET /orders/{id}", $"cust-{i}"));

        Assert.Empty(s.Findings);
    }

    [Fact]
    public void Safe_owners_spread_beyond_the_window()
    {
        var s = New();
        s.Send(Own("user:ann"));
        s.Repeat(6, TimeSpan.FromHours(2), i => Read("user:ann", "GET /orders/{id}", $"cust-{i}"));

        Assert.Empty(s.Findings);
    }
}
