using Vigil.Detection.Inputs.Decoding;

namespace Vigil.Detection.Tests.Inputs.Decoding;

public sealed class UnicodeEscapeDecoderTests
{
    [Theory]
    [InlineData("\\u0027 or 1=1", "' or 1=1")]
    [InlineData("%u0027", "'")]
    [InlineData("\\x3cscript\\x3e", "<script>")]
    [InlineData("\\u{1F600}", "\U0001F600")]
    [InlineData("\\xE2\\x80\\xA8", "\u2028")] // escaped UTF-8 bytes form one character
    [InlineData("%uff0e%uff0e%u2215", "..\u2215")] // full-width dots fold to ASCII
    [InlineData("＜script＞", "<script>")]
    [InlineData("a\\nb\\tc", "a\nb\tc")]
    public void Decodes(string input, string expected)
    {
        Assert.Equal((expected, true), UnicodeEscapeDecoder.Decode(input));
    }

    [Theory]
    [InlineData("C:\\Users")]
    [InlineData("\\uZZZZ")]
    [InlineData("\\x")]
    [InlineData("50%")]
    [InlineData("plain")]
    public void LeavesOtherTextAlone(string input)
    {
        (string decoded, bool changed) = UnicodeEscapeDecoder.Decode(input);
        Assert.False(changed);
        Assert.Same(input, decoded);
    }
}
