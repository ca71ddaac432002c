using Vigil.Captures.Har;

namespace Vigil.Captures.Tests.Har;

public sealed class HarUrlTests
{
    [Theory]
    [InlineData("https://api.example.com/a%2Fb/..%2f/x?y=%20z#frag", "https", "api.example.com", "/a%2Fb/..%2f/x", "y=%20z")]
    [InlineData("HTTP://Example.com:8080", "http", "Example.com:8080", "/", "")]
    [InlineData("https://user:pw@h.test/p?", "https", "h.test", "/p", "")]
    [InlineData("https://h.test?q=1", "https", "h.test", "/", "q=1")]
    [InlineData("http://[::1]:5000/x", "http", "[::1]:5000", "/x", "")]
    public void Splits_keeping_encoding(string url, string scheme, string host, string path, string query)
    {
        Assert.True(HarUrl.TrySplit(url, out var parts));
        Assert.Equal(new HarUrl.Parts(scheme, host, path, query), parts);
    }

    [Theory]
    [InlineData("https:/nohost")]
    [InlineData("https:///path")]
    [InlineData("/relative")]
    public void Rejects_urls_without_a_host(string url) => Assert.False(HarUrl.TrySplit(url, out _));

    [Theory]
    [InlineData("http/2.0", "HTTP/2")]
    [InlineData("HTTP/2", "HTTP/2")]
    [InlineData("h2", "HTTP/2")]
    [InlineData("h3", "HTTP/3")]
    [InlineData("h3-29", "HTTP/3")]
    [InlineData("HTTP/1.1", "HTTP/1.1")]
    [InlineData("http/1.0", "HTTP/1.0")]
    [InlineData("", "HTTP/1.1")]
    [InlineData(null, "HTTP/1.1")]
    public void Normalises_protocols(string? version, string expected) => Assert.Equal(expected, HttpVersions.Normalise(version));

    [Theory]
    [InlineData("application/json", true)]
    [InlineData("application/problem+json; charset=utf-8", true)]
    [InlineData("text/html", true)]
    [InlineData("image/svg+xml", true)]
    [InlineData("image/png", false)]
    [InlineData("application/octet-stream", false)]
    [InlineData("", false)]
    public void Knows_text_types(string mime, bool text) => Assert.Equal(text, HarBody.IsText(mime));
}
