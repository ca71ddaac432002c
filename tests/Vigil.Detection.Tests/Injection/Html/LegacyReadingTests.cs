using Vigil.Detection.Injection.Html;

namespace Vigil.Detection.Tests.Injection.Html;

public sealed class LegacyReadingTests
{
    [Theory]
    [InlineData("+ADw-script+AD4-", "<script>")] // UTF-7, RFC 2152
    [InlineData("a+-b +AD0-", "a+b =")] // "+-" is a plus sign
    [InlineData("scr\0ipt", "script")] // NUL dropped
    [InlineData("<scr\\0ipt>", "<script>")] // C-style \0 between letters
    [InlineData("\u00BCscript\u00BE", "<script>")] // 7-bit
    [InlineData("x-imap4-modified-utf7 &ADw-b&AD4- &-", "x-imap4-modified-utf7 <b> &")]
    [InlineData("<xml><x>javas]]><![CDATA[cript:</x></xml>", "<xml><x>javascript:</x></xml>")]
    [InlineData("<xml>javas<!-- -->cript:</xml>", "<xml>javascript:</xml>")]
    public void ReadsLikeALegacyBrowser(string value, string expected)
    {
        Assert.True(LegacyReading.Applies(value));
        char[] output = new char[value.Length];
        int n = LegacyReading.Rewrite(value, output);
        Assert.Equal(expected, new string(output, 0, n));
    }

    [Theory]
    [InlineData("plain text (with punctuation) = fine")]
    [InlineData("C:\\0dev\\app")] // \0 after ':' is a path, not a NUL
    [InlineData("call +1 555 0100")]
    [InlineData("<b>bold</b> and <!-- a comment -->")] // comments matter only in an XML data island
    public void LeavesOrdinaryValuesAlone(string value)
    {
        Assert.False(LegacyReading.Applies(value));
    }

    [Fact]
    public void NeverGrowsAndNeverThrows()
    {
        var random = new Random(7);
        string[] soup = ["+", "A", "D", "w", "-", "&", "\0", "\\0", "\u00BC", "<xml", "<!--", "-->", "]]><![CDATA[", "x", "modified-utf7", " "];
        for (int i = 0; i < 5_000; i++)
        {
            string value = string.Concat(Enumerable.Range(0, random.Next(1, 20)).Select(_ => soup[random.Next(soup.Length)]));
            char[] output = new char[value.Length];
            int n = LegacyReading.Rewrite(value, output);
            Assert.InRange(n, 0, value.Length);
        }
    }
}
