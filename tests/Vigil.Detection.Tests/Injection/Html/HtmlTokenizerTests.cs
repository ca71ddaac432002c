using Vigil.Detection.Injection.Html;

namespace Vigil.Detection.Tests.Injection.Html;

public sealed class HtmlTokenizerTests
{
    [Theory]
    [InlineData("<img src=\"x\"onerror=alert(1)>", "img", "src=x|onerror=alert(1)")] // no space needed after a quoted value
    [InlineData("<svg/onload=go()>", "svg", "onload=go()")]
    [InlineData("<a href='/x' title=`t` data-x>", "a", "href=/x|title=t|data-x")]
    [InlineData("<input value = \"a b\" disabled >", "input", "value=a b|disabled")]
    [InlineData("<x =\"y\">", "x", "=\"y\"")] // a leading '=' belongs to the name
    [InlineData("<img src=x\u000Bonerror=go()>", "img", "src=x|onerror=go()")] // legacy engines split at C0 controls
    [InlineData("<script<{go()}/>", "script", "<{go()}")] // Gecko ended the tag name at '<'
    public void ReadsAttributes(string html, string tagName, string attributes)
    {
        var tokenizer = new HtmlTokenizer(html);
        Assert.True(tokenizer.NextStartTag(out HtmlTag tag));
        Assert.Equal(tagName, tokenizer.Slice(tag.NameStart, tag.NameLength).ToString());
        var read = new List<string>();
        while (tokenizer.NextAttribute(out HtmlAttribute a))
        {
            string name = tokenizer.Slice(a.NameStart, a.NameLength).ToString();
            read.Add(a.HasValue ? $"{name}={tokenizer.Slice(a.ValueStart, a.ValueLength)}" : name);
        }

        Assert.Equal(attributes, string.Join('|', read));
    }

    [Theory]
    [InlineData("x < y", 0)]
    [InlineData("<!-- <b> --><i>", 1)]
    [InlineData("</b><i><!x><? y><u>", 2)]
    [InlineData("<?import namespace=t><u>", 2)] // a processing instruction is read as a tag named "?import"
    [InlineData("<b<i>", 1)] // '<' ends a tag name, and does not start another inside the tag
    [InlineData("<<a>", 1)]
    public void FindsOnlyRealStartTags(string html, int expected)
    {
        var tokenizer = new HtmlTokenizer(html);
        int count = 0;
        while (tokenizer.NextStartTag(out _))
        {
            tokenizer.FinishTag();
            count++;
        }

        Assert.Equal(expected, count);
    }

    [Fact]
    public void RawTextRunsToTheMatchingEndTag()
    {
        var tokenizer = new HtmlTokenizer("<script>if (a</b) x()</script ><i>");
        Assert.True(tokenizer.NextStartTag(out _));
        tokenizer.FinishTag();
        Assert.Equal("if (a</b) x()", tokenizer.RawText("script").ToString());
        Assert.True(tokenizer.RawTextClosed);
        Assert.True(tokenizer.NextStartTag(out _));
    }
}
