using Vigil.Detection.Injection;
using Vigil.Detection.Injection.Traversal;

namespace Vigil.Detection.Tests.Injection.Traversal;

public sealed class PathTraversalDetectorTests
{
    [Theory]
    [InlineData("../../../etc/passwd", "dot-dot-slash")]
    [InlineData("..\\..\\..\\windows\\win.ini", "dot-dot-slash")]
    [InlineData("../../", "dot-dot-slash")]
    [InlineData("files/../../../../x", "dot-dot-slash")]
    [InlineData("....//....//....//etc/hosts", "dot-dot-slash")]
    [InlineData("..;/..;/..;/admin", "dot-dot-slash")]
    [InlineData("..\u0001/..\u0001/..\u0001/x", "dot-dot-slash")] // control characters wedged in are ignored
    [InlineData("..\u2215..\u2215..\u2215boot.ini", "dot-dot-slash")]
    [InlineData("../.env", "dot-dot-slash")]
    [InlineData("/etc/passwd", "sensitive-file")]
    [InlineData("c:\\windows\\win.ini", "sensitive-file")]
    [InlineData("file:///proc/self/environ", "sensitive-file")]
    [InlineData("/var/www/html/WEB-INF/web.xml", "sensitive-file")]
    [InlineData("report.pdf\0.jpg", "null-byte")]
    public void Detects(string value, string reason)
    {
        InjectionVerdict verdict = PathTraversalDetector.Analyze(value);
        Assert.True(verdict.IsAttack, $"missed: {value}");
        Assert.Equal(InjectionKind.PathTraversal, verdict.Kind);
        Assert.Equal(reason, verdict.Reason);
    }

    [Theory]
    [InlineData("../images/logo.png")]
    [InlineData("<a href=\"../\">up</a>")]
    [InlineData("/var/log/app/today.log")]
    [InlineData("/root/notes.txt")]
    [InlineData("etc. and so on")]
    [InlineData("Wait... what?")]
    [InlineData("https://example.com/a/b/c?d=e")]
    [InlineData("version 1.2.3")]
    [InlineData("my web.config file")]
    [InlineData("C:\\Users\\jane\\Documents\\cv.docx")]
    public void StaysQuietOnOrdinaryText(string value)
    {
        Assert.Equal(InjectionVerdict.Clean, PathTraversalDetector.Analyze(value));
    }
}
