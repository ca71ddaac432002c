using Vigil.Detection.Reputation;

namespace Vigil.Detection.Tests.Reputation;

public sealed class IpReputationListTests
{
    private static IpReputationList Build(string text) =>
        IpReputationList.From(IpListParser.Parse("t", new StringReader(text), "deny").Entries);

    [Theory]
    [InlineData("10.0.0.0/8 hosting\n10.1.2.3 attacker\n", "10.1.2.3", "attacker")]
    [InlineData("10.0.0.0/8 hosting\n10.1.2.3 attacker\n", "10.1.2.4", "hosting")]
    [InlineData("0.0.0.0/0 everything\n", "192.0.2.1", "everything")]
    [InlineData("192.0.2.255\n", "192.0.2.255", "deny")]
    [InlineData("2001:db8::/32 tor\n", "2001:0db8:ffff::1", "tor")]
    public void The_most_specific_network_wins(string list, string ip, string category) =>
        Assert.Equal(category, Build(list).Find(ip)?.Category);

    [Theory]
    [InlineData("0.0.0.0/0\n", "2001:db8::1")]
    [InlineData("::/0\n", "not-an-ip")]
    [InlineData("192.0.2.0/25\n", "192.0.2.128")]
    public void Families_and_boundaries_do_not_bleed(string list, string ip) => Assert.Null(Build(list).Find(ip));

    [Fact]
    public void Duplicate_networks_are_counted_once_and_the_first_list_keeps_them()
    {
        var list = IpReputationList.From(
            IpListParser.Parse("a", new StringReader("192.0.2.0/24 tor\n"), "x").Entries
                .Concat(IpListParser.Parse("b", new StringReader("192.0.2.9/24 deny\n"), "x").Entries));

        Assert.Equal(1, list.Count);
        Assert.Equal("a", list.Find("192.0.2.1")!.List);
    }
}

public sealed class IpReputationListCombinationTests
{
    private static IpReputationList Build(string name, string text) =>
        IpReputationList.From(IpListParser.Parse(name, new StringReader(text), name).Entries);

    [Fact]
    public void Combined_lists_answer_for_both_and_the_first_keeps_a_shared_network()
    {
        var server = Build("server", "192.0.2.0/24 tor\n10.0.0.0/8 hosting\n");
        var project = Build("project", "192.0.2.0/24 deny\n10.1.2.3 attacker\n198.51.100.7\n");

        var both = server.With(project);

        Assert.Equal(4, both.Count);
        Assert.Equal("server", both.Find("192.0.2.9")!.List);
        Assert.Equal("attacker", both.Find("10.1.2.3")!.Category); // the project's /32 is more specific than the server's /8
        Assert.Equal("hosting", both.Find("10.1.2.4")!.Category);
        Assert.Equal("project", both.Find("198.51.100.7")!.List);
        Assert.Null(server.Find("198.51.100.7"));
        Assert.Same(server, server.With(IpReputationList.Empty));
    }
}
