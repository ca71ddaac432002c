using Vigil.Detection.Injection;

namespace Vigil.Detection.Tests.Injection;

public sealed class InjectionDetectorsTests
{
    [Fact]
    public void ListsEveryKindOnce()
    {
        var kinds = InjectionDetectors.All.Select(d => d.Kind).ToList();
        Assert.Equal(kinds.Count, kinds.Distinct().Count());
        var all = kinds.Aggregate(InjectionKind.None, (acc, k) => acc | k);
        Assert.Equal(InjectionKind.All, all);
        Assert.All(InjectionDetectors.All, d => Assert.False(string.IsNullOrEmpty(d.Name)));
    }

    [Fact]
    public void AnalyzeRespectsTheChosenKinds()
    {
        Assert.Equal(InjectionKind.Sql, InjectionDetectors.Analyze("' or 1=1--").Kind);
        Assert.False(InjectionDetectors.Analyze("' or 1=1--", InjectionKind.Xss).IsAttack);
        Assert.Equal(InjectionKind.Xss, InjectionDetectors.Analyze("<svg onload=alert(1)>", InjectionKind.Xss | InjectionKind.Sql).Kind);
    }

    [Theory]
    [InlineData("%27%20or%201%3D1--", InjectionKind.Sql)]
    [InlineData("%253Cscript%253Ealert(1)%253C/script%253E", InjectionKind.Xss)]
    [InlineData("&lt;img src=x onerror=alert(1)&gt;", InjectionKind.Xss)]
    [InlineData("%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afboot.ini", InjectionKind.PathTraversal)]
    [InlineData("eyJ1c2VyIjoiJyBvciAxPTEtLSJ9", InjectionKind.Sql)] // base64 of {"user":"' or 1=1--"}
    public void InspectSeesThroughEncodings(string value, InjectionKind kind)
    {
        Assert.False(InjectionDetectors.Analyze(value).IsAttack);
        InjectionVerdict verdict = InjectionDetectors.Inspect(value);
        Assert.Equal(kind, verdict.Kind);
    }

    [Fact]
    public void CleanVerdictIsEmpty()
    {
        InjectionVerdict clean = InjectionDetectors.Inspect("Jane O'Brien, 12 Main St.");
        Assert.False(clean.IsAttack);
        Assert.Equal(string.Empty, clean.Reason);
        Assert.Equal(InjectionContext.None, clean.Context);
        Assert.Equal(InjectionVerdict.Clean, clean);
        Assert.Equal("clean", clean.ToString());
    }
}
