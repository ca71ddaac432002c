using Vigil.Detection.Reputation;

namespace Vigil.Detection.Tests.Reputation;

public sealed class IpListParserTests
{
    [Fact]
    public void Reads_addresses_networks_categories_and_comments()
    {
        var text = "# Tor exits, 2026-11-20\n203.0.113.7\n198.51.100.0/24 scanner\n\n2001:db8::/48,botnet  # inline comment\n10.1.2.3/8 deny\n";

        var (entries, errors) = IpListParser.Parse("lists/mixed.txt", new StringReader(text), "tor");

        Assert.Empty(errors);
        Assert.Equal(["203.0.113.7/32 tor @2", "198.51.100.0/24 scanner @3", "2001:db8::/48 botnet @5", "10.0.0.0/8 deny @6"],
            entries.Select(e => $"{e.Network} {e.Category} @{e.Line}"));
    }

    [Fact]
    public void Every_bad_line_is_reported_with_its_number_at_once()
    {
        var text = "203.0.113.7\nexample.com\n10.0.0.0/33\n::1/129\n1.2.3.4/-1\n" + new string('9', 600) + "\n";

        var (entries, errors) = IpListParser.Parse("deny.txt", new StringReader(text), "deny");

        Assert.Single(entries);
        Assert.Equal([2, 3, 4, 5, 6], errors.Select(e => e.Line));
        Assert.StartsWith("deny.txt:2: 'example.com' is not an IP address", errors[0].ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Errors_are_capped_so_a_binary_file_gives_a_readable_report()
    {
        var text = string.Concat(Enumerable.Repeat("garbage\n", 10_000));

        var (_, errors) = IpListParser.Parse("x", new StringReader(text), "deny");

        Assert.Equal(IpListParser.MaxErrors, errors.Count);
    }
}

public sealed class IpListParserHostileInputTests
{
    /// <summary>Yields characters for ever without a newline, like /dev/zero: a whole-line read would never return.</summary>
    private sealed class EndlessLineReader(int limit) : TextReader
    {
        private int _left = limit;

        public override int Peek() => _left > 0 ? 'x' : -1;

        public override int Read() => _left-- > 0 ? 'x' : -1;
    }

    [Fact]
    public void A_line_with_no_end_is_refused_without_being_buffered()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var (entries, errors) = IpListParser.Parse("zero", new EndlessLineReader(50_000_000), "deny");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.True(allocated < 1024 * 1024, $"allocated {allocated:N0} bytes for one over-long line");
        Assert.Empty(entries);
        Assert.Equal(1, Assert.Single(errors).Line);
    }

    [Fact]
    public void Carriage_returns_end_lines_too()
    {
        var (entries, errors) = IpListParser.Parse("crlf", new StringReader("192.0.2.1\r\n192.0.2.2\r192.0.2.3"), "deny");

        Assert.Empty(errors);
        Assert.Equal([1, 2, 3], entries.Select(e => e.Line));
    }
}
