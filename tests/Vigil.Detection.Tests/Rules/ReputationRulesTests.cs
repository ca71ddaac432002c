using Vigil.Core.Findings;
using Vigil.Detection.Engine;
using Vigil.Detection.Reputation;
using Vigil.Detection.Rules.Reputation;
using Vigil.Detection.Tests.Support;

namespace Vigil.Detection.Tests.Rules;

public sealed class ListedClientAddressRuleTests
{
    private static readonly DetectionSettings Lists = new()
    {
        IpReputation = IpReputationList.From(
            IpListParser.Parse("tor-exits.txt", new StringReader("203.0.113.0/24 tor\n"), "tor").Entries
                .Concat(IpListParser.Parse("denylist.txt", new StringReader("198.51.100.7\n2001:db8::/32\n"), "denylist").Entries)),
    };

    private static IReadOnlyList<Finding> From(string ip)
    {
        var e = Http.Get("https://api.example.com/orders");
        e.Request.ClientIp = ip;
        return Http.Run<ListedClientAddressRule>(e, Lists);
    }

    [Theory]
    [InlineData("203.0.113.9", ThreatLevel.Low, "tor")]
    [InlineData("198.51.100.7", ThreatLevel.High, "denylist")]
    [InlineData("2001:db8:1::5", ThreatLevel.High, "denylist")]
    [InlineData("::ffff:203.0.113.200", ThreatLevel.Low, "tor")]
    public void Detect_a_listed_client_with_the_threat_of_its_category(string ip, ThreatLevel threat, string category)
    {
        var finding = Assert.Single(From(ip));

        Assert.Equal(threat, finding.Threat);
        Assert.Equal("request.clientIp", finding.Location);
        Assert.Contains(category, finding.Evidence, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("203.0.114.1")]
    [InlineData("198.51.100.8")]
    [InlineData("2001:db9::1")]
    [InlineData("not an address")]
    [InlineData("")]
    public void Safe_an_unlisted_or_unreadable_address(string ip) => Assert.Empty(From(ip));

    [Fact]
    public void Safe_when_no_list_is_configured() => Assert.Empty(Http.Run<ListedClientAddressRule>(Http.Get("https://api.example.com/")));
}
