using Vigil.Detection.Behaviour;
using Vigil.Detection.Behaviour.Detectors;

namespace Vigil.Detection.Tests.Behaviour.Detectors;

public sealed class ScrapingDetectorTests
{
    private static Stream New() => new(new ScrapingDetector(new BehaviourOptions()));

    private static void Peers(Stream s, int minutes)
    {
        // 40 ordinary clients reading a handful of records every few seconds.
        s.Repeat(minutes * 60, TimeSpan.FromMinutes(minutes), i => Stream.Event("GET /restaurants", client: $"ip:10.2.0.{i % 40}", records: 5));
    }

    [Fact]
    public void Detect_a_client_reading_far_more_than_its_peers()
    {
        var s = New();
        Peers(s, 20);
        s.Repeat(60, TimeSpan.FromMinutes(2), _ => Stream.Event("GET /customers", client: "ip:203.0.113.200", records: 50));

        var finding = Assert.Single(s.Of("VG2005"));
        Assert.Equal("ip:203.0.113.200", finding.Location);
        Assert.Null(finding.Endpoint);
    }

    [Fact]
    public void Detect_a_deep_pagination_walk()
    {
        var s = New();
        s.Repeat(30, TimeSpan.FromMinutes(3), i => Stream.Event("GET /customers", client: "ip:203.0.113.80", page: i + 1, records: 10));

        var finding = Assert.Single(s.Of("VG2005"));
        Assert.Equal("GET /customers", finding.Endpoint);
        Assert.Contains("walked 20 pages", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Safe_an_integration_key_is_not_judged_against_diners()
    {
        var s = New();
        Peers(s, 20);
        // A partner key syncing 50 records every two seconds: a lot for a diner, its normal as an integration.
        s.Repeat(60, TimeSpan.FromMinutes(2), _ => Stream.Event("GET /restaurants", client: "key:partner1", records: 50));

        Assert.Empty(s.Findings);
    }

    [Fact]
    public void Safe_steady_readers_and_someone_looking_at_three_pages()
    {
        var s = New();
        Peers(s, 30);
        s.Repeat(3, TimeSpan.FromMinutes(1), i => Stream.Event("GET /restaurants", page: i + 1, records: 20));

        Assert.Empty(s.Findings);
    }
}
