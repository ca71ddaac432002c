using Vigil.Core.Findings;
using Vigil.Detection.Behaviour;
using Vigil.Detection.Behaviour.Detectors;

namespace Vigil.Detection.Tests.Behaviour.Detectors;

public sealed class IdEnumerationDetectorTests
{
    private static Stream New() => new(new IdEnumerationDetector(new BehaviourOptions()));

    [Fact]
    public void Detect_a_sequential_walk_with_one_finding_naming_the_client()
    {
        var s = New();
        s.Repeat(60, TimeSpan.FromSeconds(30), i => Stream.Event("GET /orders/{id}", objectId: (1001 + i).ToString(), client: "ip:203.0.113.5"));

        var finding = Assert.Single(s.Of("VG2001"));
        Assert.Equal(ThreatLevel.High, finding.Threat);
        Assert.Equal("ip:203.0.113.5", finding.Location);
        Assert.Equal("GET /orders/{id}", finding.Endpoint);
        Assert.Contains("sequential walk of 15", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_many_random_ids_mostly_not_found()
    {
        var s = New();
        var random = new Random(7);
        s.Repeat(30, TimeSpan.FromMinutes(2), _ => Stream.Event("GET /customers/{id}", objectId: random.Next(1, 1_000_000).ToString(), status: 404));

        var finding = Assert.Single(s.Of("VG2001"));
        Assert.Contains("403/404", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Safe_a_diner_reading_the_same_few_orders_again_and_again()
    {
        var s = New();
        s.Repeat(200, TimeSpan.FromMinutes(9), i => Stream.Event("GET /orders/{id}", objectId: (5000 + (i % 4 * 17)).ToString(), client: "user:diner-1"));

        Assert.Empty(s.Findings);
    }

    [Fact]
    public void Safe_many_clients_each_reading_their_own_order_in_sequence()
    {
        var s = New();
        s.Repeat(300, TimeSpan.FromMinutes(5), i => Stream.Event("GET /orders/{id}", objectId: (1000 + i).ToString(), client: $"ip:10.0.{i / 250}.{i % 250}"));

        Assert.Empty(s.Findings);
    }

    [Fact]
    public void Safe_a_slow_walk_spread_beyond_the_window()
    {
        var s = New();
        // 14 ids then a pause longer than the window between bursts of distinct (non-sequential) ids.
        for (var burst = 0; burst < 5; burst++)
        {
            s.Repeat(10, TimeSpan.FromMinutes(1), i => Stream.Event("GET /orders/{id}", objectId: (burst * 1000 + (i * 7)).ToString()));
            s.Advance(TimeSpan.FromMinutes(15));
        }

        Assert.Empty(s.Findings);
    }

    [Fact]
    public void Safe_staff_opening_every_order_their_list_showed_them()
    {
        var s = New();
        var listed = Enumerable.Range(5000, 100).Select(i => i.ToString()).ToList();
        s.Send(Stream.Event("GET /orders", client: "user:staff1", records: 100) with { ReceivedIds = listed });
        s.Repeat(100, TimeSpan.FromMinutes(5), i => Stream.Event("GET /orders/{id}", objectId: listed[i], client: "user:staff1"));

        Assert.Empty(s.Findings);
    }

    [Fact]
    public void Detect_a_walk_whose_answers_show_each_object_s_own_id()
    {
        // Regression: an object's body names its own id; that must not make the request that fetched it "shown".
        var s = New();
        s.Repeat(20, TimeSpan.FromSeconds(4), i => Stream.Event("GET /orders/{id}", objectId: (20000 + i).ToString()) with { ReceivedIds = [(20000 + i).ToString()] });

        Assert.Single(s.Of("VG2001"));
    }

    [Fact]
    public void Detect_ids_beyond_what_the_list_showed()
    {
        var s = New();
        s.Send(Stream.Event("GET /orders", client: "user:staff1") with { ReceivedIds = ["5000", "5001"] });
        s.Repeat(30, TimeSpan.FromMinutes(1), i => Stream.Event("GET /orders/{id}", objectId: (5000 + i).ToString(), client: "user:staff1"));

        Assert.Contains("never shown", Assert.Single(s.Findings).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_again_only_after_the_rearm_period()
    {
        var s = New();
        s.Repeat(200, TimeSpan.FromMinutes(10), i => Stream.Event("GET /orders/{id}", objectId: (1 + i).ToString()));
        Assert.Single(s.Findings);

        s.Advance(TimeSpan.FromMinutes(10));
        s.Repeat(40, TimeSpan.FromMinutes(2), i => Stream.Event("GET /orders/{id}", objectId: (5000 + i).ToString()));
        Assert.Equal(2, s.Findings.Count);
    }
}
