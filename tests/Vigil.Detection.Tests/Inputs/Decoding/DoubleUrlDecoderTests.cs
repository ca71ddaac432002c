using Vigil.Detection.Inputs.Decoding;

namespace Vigil.Detection.Tests.Inputs.Decoding;

public sealed class DoubleUrlDecoderTests
{
    [Theory]
    [InlineData("%2527", "%27", "'")]
    [InlineData("%252e%252e%252f", "%2e%2e%2f", "../")]
    [InlineData("%%32%65", "%2e", ".")] // the digits are encoded, not the percent
    public void DecodesTheSecondLayer(string input, string once, string twice)
    {
        Assert.Equal((once, true), UrlDecoder.Decode(input));
        Assert.Equal((twice, true), DoubleUrlDecoder.Decode(once));
    }

    [Fact]
    public void LiteralPlusFromTheFirstLayerStays()
    {
        (string once, _) = UrlDecoder.Decode("1%2B1");
        Assert.Equal(("1+1", false), DoubleUrlDecoder.Decode(once));
    }
}
