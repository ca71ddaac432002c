using Vigil.Detection.Injection;
using Vigil.Detection.Injection.Ssti;

namespace Vigil.Detection.Tests.Injection.Ssti;

public sealed class SstiDetectorTests
{
    [Theory]
    [InlineData("{{7*7}}", "template-expression")]
    [InlineData("${7*7}", "template-expression")]
    [InlineData("#{7*7}", "template-expression")]
    [InlineData("<%= 7*7 %>", "template-expression")]
    [InlineData("{{7*'7'}}", "template-expression")]
    [InlineData("{{config.items()}}", "template-expression")]
    [InlineData("{{''.__class__.__mro__[1].__subclasses__()}}", "template-expression")]
    [InlineData("${T(java.lang.Runtime).getRuntime().exec('id')}", "template-expression")]
    [InlineData("{% import os %}{{ os.popen('id').read() }}", "template-expression")]
    [InlineData("<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}", "template-directive")]
    public void Detects(string value, string reason)
    {
        InjectionVerdict verdict = SstiDetector.Analyze(value);
        Assert.True(verdict.IsAttack, $"missed: {value}");
        Assert.Equal(InjectionKind.Ssti, verdict.Kind);
        Assert.Equal(reason, verdict.Reason);
    }

    [Theory]
    [InlineData("Hello {{name}}")]
    [InlineData("Total: ${price}")]
    [InlineData("{{ user.email }}")]
    [InlineData("{% if premium %}Gold{% endif %}")]
    [InlineData("{{ title|upper }}")]
    [InlineData("{%25 $NUM_VIEWS|STRING_FORMAT:\"%25D\" %25} VUES")]
    [InlineData("function() { return 1; }")]
    [InlineData("50% off <% sale %>")]
    public void StaysQuietOnOrdinaryText(string value)
    {
        Assert.Equal(InjectionVerdict.Clean, SstiDetector.Analyze(value));
    }
}
