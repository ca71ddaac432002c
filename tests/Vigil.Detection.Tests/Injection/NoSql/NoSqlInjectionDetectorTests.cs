using Vigil.Detection.Injection;
using Vigil.Detection.Injection.NoSql;

namespace Vigil.Detection.Tests.Injection.NoSql;

public sealed class NoSqlInjectionDetectorTests
{
    [Theory]
    [InlineData("{\"$ne\": null}", "operator-injection")]
    [InlineData("{$gt: ''}", "operator-injection")]
    [InlineData("username[$ne]=admin", "operator-injection")]
    [InlineData("[$regex]=^a", "operator-injection")]
    [InlineData("', $where: '1 == 1'", "operator-injection")]
    [InlineData("{\"$where\": \"sleep(5000)\"}", "operator-injection")]
    [InlineData("' && this.password.match(/.*/)//", "server-side-js")]
    [InlineData("'; return true; var x='", "server-side-js")]
    [InlineData("';sleep(5000);", "server-side-js")]
    [InlineData("db.users.find({})", "shell-call")]
    public void Detects(string value, string reason)
    {
        InjectionVerdict verdict = NoSqlInjectionDetector.Analyze(value);
        Assert.True(verdict.IsAttack, $"missed: {value}");
        Assert.Equal(InjectionKind.NoSql, verdict.Kind);
        Assert.Equal(reason, verdict.Reason);
    }

    [Theory]
    [InlineData("$100 or best offer")]
    [InlineData("price in $: 20")]
    [InlineData("{\"name\": \"$ne shop\"}")]
    [InlineData("Done; return it tomorrow")]
    [InlineData("It's fine; really")]
    [InlineData("adb.exe logs")]
    [InlineData("{\"amount\": \"$5\"}")]
    public void StaysQuietOnOrdinaryText(string value)
    {
        Assert.Equal(InjectionVerdict.Clean, NoSqlInjectionDetector.Analyze(value));
    }
}
