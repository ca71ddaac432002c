using System.Text;
using Vigil.AspNetCore.Shipping;

namespace Vigil.AspNetCore.Tests.Shipping;

public sealed class BodyDecoderTests
{
    [Fact]
    public void Utf8_is_the_default() =>
        Assert.Equal("naïve ☕", BodyDecoder.Decode(Encoding.UTF8.GetBytes("naïve ☕"), "application/json", truncated: false));

    [Fact]
    public void The_declared_charset_is_used() =>
        Assert.Equal("façade", BodyDecoder.Decode(Encoding.Latin1.GetBytes("façade"), "text/plain; charset=ISO-8859-1", truncated: false));

    [Fact]
    public void Invalid_bytes_are_replaced_not_fatal() =>
        Assert.Equal("a\uFFFDb", BodyDecoder.Decode([(byte)'a', 0xFF, (byte)'b'], "text/plain", truncated: false));

    [Fact]
    public void An_unknown_charset_falls_back_to_utf8() =>
        Assert.Equal("ok", BodyDecoder.Decode("ok"u8.ToArray(), "text/plain; charset=x-klingon", truncated: false));

    [Fact]
    public void A_character_cut_by_truncation_is_dropped()
    {
        var bytes = Encoding.UTF8.GetBytes("ab☕");

        Assert.Equal("ab", BodyDecoder.Decode(bytes[..4], "text/plain", truncated: true));
        Assert.Equal("ab\uFFFD", BodyDecoder.Decode(bytes[..4], "text/plain", truncated: false));
    }

    [Theory]
    [InlineData(null, true)]
    [InlineData("application/json", true)]
    [InlineData("application/json; CHARSET=\"UTF-8\"", true)]
    [InlineData("application/json;charset=utf8", true)]
    [InlineData("text/plain; charset=iso-8859-1", false)]
    [InlineData("application/json; charset=utf-16", false)]
    [InlineData("text/plain; charset=x-klingon", true)]
    public void Which_bodies_are_read_as_utf8(string? contentType, bool utf8) =>
        Assert.Equal(utf8, BodyDecoder.IsUtf8(contentType));

    [Fact]
    public void Alternating_content_types_each_get_their_own_charset()
    {
        // The last parsed content type is remembered; a different one must never be answered from it.
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal("façade", BodyDecoder.Decode(Encoding.Latin1.GetBytes("façade"), "text/plain; charset=ISO-8859-1", truncated: false));
            Assert.Equal("façade", BodyDecoder.Decode(Encoding.UTF8.GetBytes("façade"), "text/plain; charset=utf-8", truncated: false));
            Assert.False(BodyDecoder.IsUtf8("text/plain; charset=iso-8859-1"));
            Assert.True(BodyDecoder.IsUtf8("text/plain; charset=utf-8"));
        }
    }
}
