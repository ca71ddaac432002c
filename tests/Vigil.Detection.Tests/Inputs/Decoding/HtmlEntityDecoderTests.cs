using Vigil.Detection.Inputs.Decoding;

namespace Vigil.Detection.Tests.Inputs.Decoding;

public sealed class HtmlEntityDecoderTests
{
    [Theory]
    [InlineData("&lt;script&gt;", "<script>")]
    [InlineData("&#60;", "<")]
    [InlineData("&#x3C;", "<")]
    [InlineData("&#X3c", "<")]
    [InlineData("&#0000060", "<")] // leading zeros, no semicolon
    [InlineData("&#106;avascript&colon;", "javascript:")]
    [InlineData("&ltscript", "<script")] // legacy names decode even as a prefix
    [InlineData("&quot;&apos;", "\"'")]
    [InlineData("a&Tab;b&NewLine;c", "a\tb\nc")]
    [InlineData("&amp;lt;", "&lt;")] // one layer per pass
    [InlineData("&#99999999999;", "\uFFFD")]
    [InlineData("&#0;", "\uFFFD")]
    [InlineData("&#x1F600;", "\U0001F600")]
    public void Decodes(string input, string expected)
    {
        Assert.Equal((expected, true), HtmlEntityDecoder.Decode(input));
    }

    [Theory]
    [InlineData("AT&T")]
    [InlineData("salt & pepper")]
    [InlineData("&unknown;")]
    [InlineData("&#;")]
    [InlineData("&")]
    [InlineData("a&b=c")]
    public void LeavesOtherTextAlone(string input)
    {
        (string decoded, bool changed) = HtmlEntityDecoder.Decode(input);
        Assert.False(changed);
        Assert.Same(input, decoded);
    }
}
