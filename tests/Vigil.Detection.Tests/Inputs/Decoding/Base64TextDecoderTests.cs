using System.Text;
using Vigil.Detection.Inputs.Decoding;

namespace Vigil.Detection.Tests.Inputs.Decoding;

public sealed class Base64TextDecoderTests
{
    [Theory]
    [InlineData("{\"q\":\"' or 1=1--\"}")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("[1,2,3,4,5,6,7]")]
    [InlineData("../../etc/passwd")]
    public void DecodesTextWorthInspecting(string text)
    {
        string standard = Convert.ToBase64String(Encoding.UTF8.GetBytes(text));
        Assert.Equal((text, true), Base64TextDecoder.Decode(standard));

        string url = standard.TrimEnd('=').Replace('+', '-').Replace('/', '_');
        Assert.Equal((text, true), Base64TextDecoder.Decode(url));
    }

    [Theory]
    [InlineData("Administrator")]
    [InlineData("abcd")]
    [InlineData("aGVsbG8gd29ybGQgdGhpcyBpcyBmaW5l")] // "hello world this is fine": text, but nothing to inspect
    [InlineData("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln")] // a JWT is not one base64 string
    [InlineData("not base64 at all!")]
    public void LeavesOtherValuesAlone(string value)
    {
        (string decoded, bool changed) = Base64TextDecoder.Decode(value);
        Assert.False(changed);
        Assert.Same(value, decoded);
    }

    [Fact]
    public void RandomTokensAreNotDecoded()
    {
        var random = new Random(7);
        int decoded = 0;
        for (int i = 0; i < 1000; i++)
        {
            byte[] bytes = new byte[random.Next(12, 64)];
            random.NextBytes(bytes);
            decoded += Base64TextDecoder.Decode(Convert.ToBase64String(bytes)).Changed ? 1 : 0;
        }

        Assert.True(decoded <= 5, $"{decoded} random tokens were decoded");
    }
}
