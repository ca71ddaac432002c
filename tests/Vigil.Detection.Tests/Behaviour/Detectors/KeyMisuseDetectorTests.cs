using Vigil.Detection.Behaviour.Detectors;
using Vigil.Detection.Behaviour;

namespace Vigil.Detection.Tests.Behaviour.Detectors;

public sealed class KeyMisuseDetectorTests
{
    private static Stream New() => new(new KeyMisuseDetector(new BehaviourOptions()));

    [Fact]
    public void Detect_a_key_used_from_forty_addresses()
    {
        var s = New();
        s.Repeat(40, TimeSpan.FromMinutes(2), i => Stream.Event("GET /orders", client: "key:abc123", ip: $"203.0.113.{i + 1}"));

        var finding = Assert.Single(s.Of("VG2006"));
        Assert.Equal("key:abc123", finding.Location);
        Assert.Contains("8 addresses", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Detect_a_key_used_from_four_networks_at_once_with_few_addresses()
    {
        var s = New();
        s.Repeat(20, TimeSpan.FromMinutes(2), i => Stream.Event("GET /orders", client: "key:abc123", ip: $"203.0.113.{(i % 4) + 1}") with { Asn = 64500u + (uint)(i % 4) });

        var finding = Assert.Single(s.Of("VG2006"));
        Assert.Contains("(4 networks)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("networks 4", finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Safe_a_user_moving_between_home_office_and_phone()
    {
        var s = New();
        string[] ips = ["192.0.2.10", "198.51.100.20", "100.64.3.3"];
        s.Repeat(500, TimeSpan.FromHours(8), i => Stream.Event("GET /orders", client: "user:ann", ip: ips[i / 170]));

        Assert.Empty(s.Findings);
    }

    [Fact]
    public void Safe_many_addresses_behind_no_credential()
    {
        var s = New();
        s.Repeat(100, TimeSpan.FromMinutes(2), i => Stream.Event("GET /menu", client: $"ip:203.0.113.{i + 1}"));

        Assert.Empty(s.Findings);
    }
}
