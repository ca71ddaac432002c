using System.Net;
using Microsoft.Extensions.Primitives;
using Vigil.AspNetCore.Capture;
using Vigil.AspNetCore.Configuration;

namespace Vigil.AspNetCore.Tests.Capture;

public sealed class ClientAddressResolverTests
{
    [Theory]
    [InlineData("203.0.113.9", "203.0.113.9")]
    [InlineData("198.51.100.1, 203.0.113.9", "203.0.113.9")]
    [InlineData("203.0.113.9, 10.0.0.2, 10.0.0.3", "203.0.113.9")]
    [InlineData("10.0.0.2, 10.0.0.3", "10.0.0.2")]
    [InlineData("203.0.113.9:4711", "203.0.113.9")]
    [InlineData("[2001:db8::1]:4711", "2001:db8::1")]
    [InlineData("::ffff:203.0.113.9", "203.0.113.9")]
    [InlineData("203.0.113.9, garbage, 10.0.0.3", "10.0.0.3")]
    [InlineData("", "10.0.0.1")]
    public void The_right_most_untrusted_address_is_the_client(string forwardedFor, string expected)
    {
        VigilOptionsValidator.TryParseNetwork("10.0.0.0/8", out var proxies);

        var client = ClientAddressResolver.ResolveForwarded(IPAddress.Parse("10.0.0.1"), new StringValues(forwardedFor), [proxies]);

        Assert.Equal(expected, client.ToString());
    }

    [Fact]
    public void Several_header_lines_are_read_as_one_list()
    {
        VigilOptionsValidator.TryParseNetwork("10.0.0.0/8", out var proxies);

        var client = ClientAddressResolver.ResolveForwarded(IPAddress.Parse("10.0.0.1"), new StringValues(["192.0.2.4", "10.0.0.9"]), [proxies]);

        Assert.Equal("192.0.2.4", client.ToString());
    }
}
