using Vigil.Detection.Injection.Html;

namespace Vigil.Detection.Tests.Injection.Html;

public sealed class CssBreakoutTests
{
    [Theory]
    [InlineData("font-family:foo}color:red")]
    [InlineData("font-family:foo{bar;color:red")]
    [InlineData("[a]color[b]:[c]red")] // a bracket where a property name goes
    [InlineData("font-family:'foo[a];color:red;'")] // bracket in a string, then declarations
    [InlineData("font-family:'foo\n;color:red;'")] // a raw line break ends a CSS string badly
    [InlineData("background:url(http://a.example/f oo/;color:red)")] // space inside an unquoted url
    [InlineData("background:url(/f#\u007Foo/;color:red)")]
    [InlineData("grid-template-columns:[a] 1fr [b")] // unbalanced
    public void FlagsDeclarationsThatEscape(string css)
    {
        Assert.True(CssBreakout.InDeclarations(css));
    }

    [Theory]
    [InlineData("color:red; font-family:'Open Sans', sans-serif")]
    [InlineData("grid-template-columns:[full-start] 1fr [full-end]")]
    [InlineData("content:'[note]'")]
    [InlineData("background:url( 'a b.png' ) no-repeat")]
    [InlineData("background-image:url(/img/a.png);\n margin:0")]
    [InlineData("")]
    public void LeavesStylingAlone(string css)
    {
        Assert.False(CssBreakout.InDeclarations(css));
    }

    [Theory]
    [InlineData("#x{font-family:foo[bar;color:green;} #y];color:red;{}", true)]
    [InlineData("a[href^=\"http\"]{color:red} @media (max-width:600px){p{margin:0}}", false)]
    [InlineData("p{content:\"}\"}", false)] // a brace in a string is text
    public void JudgesStyleElements(string css, bool breaks)
    {
        Assert.Equal(breaks, CssBreakout.InRules(css));
    }
}
