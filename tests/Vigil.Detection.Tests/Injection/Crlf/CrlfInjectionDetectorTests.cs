using Vigil.Detection.Injection;
using Vigil.Detection.Injection.Crlf;

namespace Vigil.Detection.Tests.Injection.Crlf;

public sealed class CrlfInjectionDetectorTests
{
    [Theory]
    [InlineData("en\r\nSet-Cookie: admin=1", "header-injection")]
    [InlineData("/home\nLocation: https://evil.example", "header-injection")]
    [InlineData("x\r\n\r\n<script>alert(1)</script>", "response-splitting")]
    [InlineData("x\r\nHTTP/1.1 200 OK", "response-splitting")]
    [InlineData("x\u560D\u560ASet-Cookie: a=b", "header-injection")]
    public void Detects(string value, string reason)
    {
        InjectionVerdict verdict = CrlfInjectionDetector.Analyze(value);
        Assert.True(verdict.IsAttack, $"missed: {value}");
        Assert.Equal(InjectionKind.Crlf, verdict.Kind);
        Assert.Equal(reason, verdict.Reason);
    }

    [Theory]
    [InlineData("Great product\nPros: cheap\nCons: none")]
    [InlineData("line one\r\nline two")]
    [InlineData("Dear Finn,\n\nthanks")]
    [InlineData("no breaks at all: Location: here")]
    public void StaysQuietOnOrdinaryText(string value)
    {
        Assert.Equal(InjectionVerdict.Clean, CrlfInjectionDetector.Analyze(value));
    }
}
