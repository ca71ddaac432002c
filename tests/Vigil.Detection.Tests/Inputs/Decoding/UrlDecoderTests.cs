using Vigil.Detection.Inputs.Decoding;

namespace Vigil.Detection.Tests.Inputs.Decoding;

public sealed class UrlDecoderTests
{
    [Theory]
    [InlineData("a%20b", "a b")]
    [InlineData("a+b", "a b")]
    [InlineData("%27%20or%201%3D1--", "' or 1=1--")]
    [InlineData("%3Cscript%3E", "<script>")]
    [InlineData("caf%C3%A9", "café")]
    [InlineData("%E2%80%A8", "\u2028")]
    [InlineData("%F0%9F%98%80", "\U0001F600")]
    [InlineData("%c0%ae%c0%ae%c0%af", "../")] // overlong forms decode to the ASCII they spell
    [InlineData("%e0%80%ae", ".")]
    [InlineData("%c0%2e", ".")] // old decoders took the low six bits of any byte after C0/C1
    [InlineData("%f8%80%80%80%af", "/")] // five-byte overlong
    [InlineData("%A0UNION", "\u00A0UNION")] // a byte that cannot start UTF-8 is Latin-1
    public void Decodes(string input, string expected)
    {
        (string decoded, bool changed) = UrlDecoder.Decode(input);
        Assert.True(changed);
        Assert.Equal(expected, decoded);
    }

    [Theory]
    [InlineData("plain text")]
    [InlineData("100%")]
    [InlineData("%zz")]
    [InlineData("50% off")]
    [InlineData("%")]
    [InlineData("")]
    public void LeavesOtherTextAlone(string input)
    {
        (string decoded, bool changed) = UrlDecoder.Decode(input);
        Assert.False(changed);
        Assert.Same(input, decoded);
    }

    [Fact]
    public void PercentOnlyModeKeepsPlus()
    {
        Assert.Equal(("a+b'", true), UrlDecoder.Decode("a+b%27", plusAsSpace: false));
    }
}
