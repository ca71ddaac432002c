using Vigil.Detection.Behaviour;
using Vigil.Detection.Behaviour.Detectors;

namespace Vigil.Detection.Tests.Behaviour.Detectors;

public sealed class NewNetworkDetectorTests
{
    private static Stream New() => new(new NewNetworkDetector(new BehaviourOptions()));

    private static BehaviourEvent From(string client, uint? asn, string ip = "192.0.2.10") =>
        Stream.Event("GET /orders", client: client, ip: ip) with { Asn = asn };

    [Fact]
    public void Detect_a_partner_key_stable_for_a_day_then_used_from_a_hosting_network()
    {
        var s = New();
        s.Repeat(200, TimeSpan.FromHours(24), _ => From("key:partner", 64500));
        s.Send(From("key:partner", 64666, "203.0.113.66"));
        s.Send(From("key:partner", 64666, "203.0.113.67"));

        var finding = Assert.Single(s.Of("VG2011"));
        Assert.Equal("key:partner", finding.Location);
        Assert.Contains("AS64666", finding.Message, StringComparison.Ordinal);
        Assert.Contains("known networks 1", finding.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Safe_a_user_between_home_and_phone_networks()
    {
        var s = New();
        s.Repeat(400, TimeSpan.FromHours(48), i => From("user:ann", i % 3 == 0 ? 64501u : 64502u));

        Assert.Empty(s.Findings);
    }

    [Fact]
    public void Safe_a_new_network_before_the_history_is_stable_or_without_an_asn_table()
    {
        var s = New();
        s.Repeat(50, TimeSpan.FromHours(1), _ => From("key:fresh", 64500));
        s.Send(From("key:fresh", 64666));
        s.Repeat(200, TimeSpan.FromHours(24), _ => From("key:no-table", null));
        s.Send(From("key:no-table", null, "203.0.113.66"));
        s.Repeat(200, TimeSpan.FromHours(24), i => From("ip:192.0.2.10", 64500));
        s.Send(From("ip:192.0.2.10", 64666));

        Assert.Empty(s.Findings);
    }

    [Fact]
    public void Safe_a_roaming_credential_is_never_stable()
    {
        var s = New();
        s.Repeat(300, TimeSpan.FromHours(24), i => From("user:traveller", 64500u + (uint)(i % 5)));
        s.Send(From("user:traveller", 64666));

        Assert.Empty(s.Findings);
    }
}
