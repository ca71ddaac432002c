using Vigil.Detection.Inputs.Decoding;

namespace Vigil.Detection.Tests.Inputs.Decoding;

public sealed class DecodingPipelineTests
{
    [Fact]
    public void PlainValueIsReturnedAlone()
    {
        const string value = "Jane O'Brien";
        DecodedVariants variants = DecodingPipeline.Decode(value);
        Assert.Equal(1, variants.Count);
        Assert.Same(value, variants[0]);
    }

    [Theory]
    [InlineData("%253Cscript%253E", "<script>")]
    [InlineData("%26lt%3Bscript%26gt%3B", "<script>")] // URL, then HTML references
    [InlineData("%5Cu0027%20or%201%3D1", "' or 1=1")] // URL, then a unicode escape
    [InlineData("JTI3JTIwb3IlMjAxJTNEMQ==", null)] // base64 of URL-encoded text is not followed further
    public void ReachesTheDecodedForm(string value, string? expected)
    {
        DecodedVariants variants = DecodingPipeline.Decode(value);
        var all = new List<string>();
        foreach (string v in variants)
        {
            all.Add(v);
        }

        Assert.Equal(value, all[0]);
        Assert.Equal(all.Count, all.Distinct().Count());
        if (expected is not null)
        {
            Assert.Contains(expected, all);
        }
    }

    [Fact]
    public void IsBoundedInCountAndSize()
    {
        string hostile = string.Concat(Enumerable.Repeat("%2525%26lt%3B\\u0027", 60_000));
        DecodedVariants variants = DecodingPipeline.Decode(hostile);
        Assert.InRange(variants.Count, 1, DecodingPipeline.MaxVariants);
        long decoded = 0;
        for (int i = 1; i < variants.Count; i++)
        {
            decoded += variants[i].Length;
        }

        Assert.True(decoded <= DecodingPipeline.MaxDecodedChars);
    }

    [Fact]
    public void IndexOutsideTheVariantsThrows()
    {
        DecodedVariants variants = DecodingPipeline.Decode("x");
        Assert.Throws<ArgumentOutOfRangeException>(() => variants[1]);
    }
}
