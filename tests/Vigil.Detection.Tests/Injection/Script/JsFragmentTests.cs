using Vigil.Detection.Injection.Script;

namespace Vigil.Detection.Tests.Injection.Script;

public sealed class JsFragmentTests
{
    [Theory]
    [InlineData("alert(1)", "SinkCall")]
    [InlineData("a=alert,a(1)", "SinkReference")]
    [InlineData("document.cookie", "DangerousMember")]
    [InlineData("top['al'+'ert'](1)", "GlobalIndexCall")]
    [InlineData("alert`1`", "SinkCall")]
    [InlineData("this.password.match(/.*/)", "ThisMember")]
    [InlineData("x = 1; return x == 2", "Equality")]
    public void ReadsScript(string script, string fact)
    {
        var expected = Enum.Parse<JsFacts>(fact);
        JsReading reading = JsFragment.Read(script);
        Assert.True(reading.Valid, script);
        Assert.True((reading.Facts & expected) == expected, $"{script}: {reading.Facts}");
    }

    [Theory]
    [InlineData("Basics of JavaScript Language")]
    [InlineData("Reality check (2016)")]
    [InlineData("1alert(1)")]
    [InlineData("it's fine")]
    [InlineData("a b")]
    [InlineData("f(x")]
    public void RejectsProse(string text)
    {
        Assert.False(JsFragment.Read(text).Valid, text);
    }

    [Fact]
    public void BreaksOutOfAHostString()
    {
        JsReading reading = JsFragment.Read("x';alert(1);//", '\'');
        Assert.True(reading.Breakout);
        Assert.True(reading.Executes);
        Assert.True(reading.EndsInComment);

        Assert.False(JsFragment.Read("no quote here", '\'').Breakout);
        Assert.False(JsFragment.Read("it\\'s escaped", '\'').Breakout);
    }
}
