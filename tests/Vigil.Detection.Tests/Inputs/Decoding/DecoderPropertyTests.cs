using System.Diagnostics;
using Vigil.Detection.Inputs.Decoding;

namespace Vigil.Detection.Tests.Inputs.Decoding;

/// <summary>Decoders are total: any input, no exception, never longer than the input, bounded time.</summary>
public sealed class DecoderPropertyTests
{
    private static readonly Func<string, (string, bool)>[] Decoders =
    [
        UrlDecoder.Decode, DoubleUrlDecoder.Decode, HtmlEntityDecoder.Decode, UnicodeEscapeDecoder.Decode, Base64TextDecoder.Decode,
    ];

    private const string Alphabet = "%&#;\\uUxX0123456789abcdefABCDEF{}+= <>'\"ltgampquo\u00A0\uFF0E\uD800\uDC00é";

    [Fact]
    public void RandomInputsNeverThrowNorGrow()
    {
        var random = new Random(42);
        for (int i = 0; i < 20_000; i++)
        {
            string input = RandomString(random, random.Next(0, 40));
            foreach (var decode in Decoders)
            {
                (string decoded, bool changed) = decode(input);
                Assert.NotNull(decoded);
                if (!changed)
                {
                    Assert.Same(input, decoded);
                }
                else if (decode != Base64TextDecoder.Decode)
                {
                    Assert.True(decoded.Length <= input.Length, $"'{input}' grew to '{decoded}'");
                }
            }

            Assert.InRange(DecodingPipeline.Decode(input).Count, 1, DecodingPipeline.MaxVariants);
        }
    }

    [Theory]
    [InlineData("%25")]
    [InlineData("&#")]
    [InlineData("&lt")]
    [InlineData("\\u")]
    [InlineData("%c0")]
    [InlineData("\\xE2")]
    [InlineData("A")]
    public void OneMebibyteOfARepeatedFragmentFinishesQuickly(string fragment)
    {
        string hostile = string.Concat(Enumerable.Repeat(fragment, (1 << 20) / fragment.Length));
        var clock = Stopwatch.StartNew();
        DecodingPipeline.Decode(hostile);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    private static string RandomString(Random random, int length)
    {
        var chars = new char[length];
        for (int i = 0; i < length; i++)
        {
            chars[i] = Alphabet[random.Next(Alphabet.Length)];
        }

        return new string(chars);
    }
}
