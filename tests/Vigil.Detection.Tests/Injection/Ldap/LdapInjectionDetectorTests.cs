using Vigil.Detection.Injection;
using Vigil.Detection.Injection.Ldap;

namespace Vigil.Detection.Tests.Injection.Ldap;

public sealed class LdapInjectionDetectorTests
{
    [Theory]
    [InlineData("*)(uid=*))(|(uid=*", "filter-breakout")]
    [InlineData("admin)(&)", "filter-operator")]
    [InlineData("x)(objectClass=*", "filter-breakout")]
    [InlineData("*)(cn~=admin", "filter-breakout")]
    [InlineData("admin*)((|userPassword=*)", "filter-operator")]
    [InlineData("*(|(mail=*))", "filter-operator")]
    public void Detects(string value, string reason)
    {
        InjectionVerdict verdict = LdapInjectionDetector.Analyze(value);
        Assert.True(verdict.IsAttack, $"missed: {value}");
        Assert.Equal(InjectionKind.Ldap, verdict.Kind);
        Assert.Equal(reason, verdict.Reason);
    }

    [Theory]
    [InlineData("f(x)(y)")]
    [InlineData("(see above) (and below)")]
    [InlineData("Smith (Jane) & Co")]
    [InlineData("a=b&c=d")]
    [InlineData("(1)(2)(3)")]
    [InlineData("Toronto, ON, Canada - (YYZ)")]
    public void StaysQuietOnOrdinaryText(string value)
    {
        Assert.Equal(InjectionVerdict.Clean, LdapInjectionDetector.Analyze(value));
    }
}
