using Vigil.Detection.Behaviour;
using Vigil.Detection.Reputation;

namespace Vigil.Detection.Tests.Reputation;

public sealed class AsnDatabaseTests
{
    private const string Table = """
        # iptoasn.com ip2asn-combined.tsv, trimmed
        1.0.0.0	1.0.0.255	13335	US	CLOUDFLARENET
        1.0.1.0	1.0.3.255	0	None	Not routed
        203.0.113.0	203.0.113.127	64500	ZZ	EXAMPLE-HOSTING
        203.0.113.128	203.0.113.255	64501	ZZ	EXAMPLE-MOBILE
        2001:db8::	2001:db8:ffff:ffff:ffff:ffff:ffff:ffff	64502	ZZ	EXAMPLE-V6
        203.0.113.0 203.0.113.255 AS64999 ZZ overlapping later line loses
        """;

    private static AsnDatabase Load(string text)
    {
        var (ranges, errors) = AsnParser.Parse("asn.tsv", new StringReader(text));
        Assert.Empty(errors);
        return AsnDatabase.From(ranges);
    }

    [Theory]
    [InlineData("1.0.0.7", 13335u)]
    [InlineData("203.0.113.0", 64500u)]
    [InlineData("203.0.113.127", 64500u)]
    [InlineData("203.0.113.128", 64501u)]
    [InlineData("::ffff:203.0.113.200", 64501u)]
    [InlineData("2001:db8:1::42", 64502u)]
    public void Addresses_find_the_range_holding_them(string ip, uint asn)
    {
        Assert.Equal(asn, Load(Table).Find(ip));
    }

    [Theory]
    [InlineData("1.0.2.9")] // not routed (AS 0)
    [InlineData("198.51.100.1")]
    [InlineData("2001:db9::1")]
    [InlineData("not an address")]
    [InlineData(null)]
    public void Unlisted_and_unroutable_addresses_have_no_asn(string? ip)
    {
        Assert.Null(Load(Table).Find(ip));
    }

    [Fact]
    public void The_event_reader_names_the_clients_network_when_a_table_is_configured()
    {
        var exchange = Support.Http.Get("https://api.test/orders");
        exchange.Request.ClientIp = "203.0.113.200";

        Assert.Equal(64501u, Vigil.Detection.Behaviour.Events.BehaviourEventReader.Read(exchange, "GET /orders", [], new BehaviourOptions { Asn = Load(Table) }).Asn);
        Assert.Null(Vigil.Detection.Behaviour.Events.BehaviourEventReader.Read(exchange, "GET /orders", [], new BehaviourOptions()).Asn);
    }

    [Fact]
    public void Every_bad_line_is_reported_with_its_number()
    {
        var (_, errors) = AsnParser.Parse("asn.tsv", new StringReader("""
            1.0.0.0	1.0.0.255	13335	US	OK
            1.0.0.0	1.0.0.255
            1.0.0.x	1.0.0.255	1	US	X
            1.0.0.9	1.0.0.1	1	US	X
            1.0.0.0	::1	1	US	X
            1.0.0.0	1.0.0.255	AS-x	US	X
            """ + "\n" + new string('1', 600)));

        Assert.Equal([2, 3, 4, 5, 6, 7], errors.Select(e => e.Line));
        Assert.Contains("asn.tsv:3:", errors[1].ToString(), StringComparison.Ordinal);
    }
}
