using Vigil.Detection.Injection;
using Vigil.Detection.Injection.Sql;

namespace Vigil.Detection.Tests.Injection.Sql;

public sealed class SqlInjectionDetectorTests
{
    [Theory]
    [InlineData("' or 1=1--", "tautology", InjectionContext.SingleQuoted)]
    [InlineData("' or 'a'='a", "tautology", InjectionContext.SingleQuoted)]
    [InlineData("\" or \"\"=\"", "tautology", InjectionContext.DoubleQuoted)]
    [InlineData("1 or 1=1", "tautology", InjectionContext.Numeric)]
    [InlineData("admin' OR '1'='1' /*", "tautology", InjectionContext.SingleQuoted)]
    [InlineData("') or ('x'='x", "tautology", InjectionContext.SingleQuoted)]
    [InlineData("1 AND 1=2", "boolean-blind", InjectionContext.Numeric)]
    [InlineData("1' and ascii(substring(user(),1,1))>64--", "boolean-blind", InjectionContext.SingleQuoted)]
    [InlineData("1' having 1=1--", "boolean-blind", InjectionContext.SingleQuoted)]
    [InlineData("-1 union select 1,2,3", "union-select", InjectionContext.Numeric)]
    [InlineData("' UNION ALL SELECT NULL,NULL--", "union-select", InjectionContext.SingleQuoted)]
    [InlineData("1 /*!50000union*/ /*!50000select*/ 1,version()", "union-select", InjectionContext.Numeric)]
    [InlineData("-9 union select 1,2,concat_ws(0x3a,version(),user(),database()),4 from users limit 0,1--", "union-select", InjectionContext.Numeric)]
    [InlineData("1; drop table users", "stacked-query", InjectionContext.Numeric)]
    [InlineData("'; exec master..xp_cmdshell 'dir'--", "stacked-query", InjectionContext.SingleQuoted)]
    [InlineData("1; declare @s varchar(4000) set @s=cast(0x73 as varchar(4000)); exec(@s)", "stacked-query", InjectionContext.Numeric)]
    [InlineData("1 and sleep(5)", "time-blind", InjectionContext.Numeric)]
    [InlineData("'; waitfor delay '0:0:5'--", "stacked-query", InjectionContext.SingleQuoted)]
    [InlineData("1) waitfor delay '0:0:5'--", "stacked-query", InjectionContext.Numeric)]
    [InlineData("1' and (select 1 from pg_sleep(5))--", "time-blind", InjectionContext.SingleQuoted)]
    [InlineData("benchmark(10000000,md5(1))", "time-blind", InjectionContext.Raw)]
    [InlineData("1' and extractvalue(1,concat(0x7e,version()))--", "error-based", InjectionContext.SingleQuoted)]
    [InlineData("load_file('/etc/passwd')", "file-access", InjectionContext.Raw)]
    [InlineData("1 INTO OUTFILE '/var/www/shell.php'", "file-access", InjectionContext.Numeric)]
    [InlineData("1 order by 3--", "order-by-probe", InjectionContext.Numeric)]
    [InlineData("admin'--", "comment-truncation", InjectionContext.SingleQuoted)]
    [InlineData("admin'#", "comment-truncation", InjectionContext.SingleQuoted)]
    [InlineData("1 procedure analyse()", "procedure-analyse", InjectionContext.Numeric)]
    [InlineData("select * from users where id=1", "sql-statement", InjectionContext.Raw)]
    [InlineData("x' AND email IS NULL; --", "boolean-injection", InjectionContext.SingleQuoted)]
    [InlineData("1'||(select username from users limit 1)||'", "boolean-blind", InjectionContext.SingleQuoted)]
    [InlineData("(select password from users limit 1)", "subquery", InjectionContext.Raw)]
    [InlineData(",NULL) waitfor delay '0:0:20' --", "stacked-query", InjectionContext.Raw)]
    [InlineData("1 and 1=1 --", "boolean-blind", InjectionContext.Numeric)]
    [InlineData("HOPE AND 8=3", "boolean-blind", InjectionContext.Raw)]
    [InlineData("1' and 1=1 –", "boolean-blind", InjectionContext.SingleQuoted)] // a pasted en dash after a complete injection
    public void Detects(string value, string reason, InjectionContext context)
    {
        InjectionVerdict verdict = SqlInjectionDetector.Analyze(value);
        Assert.True(verdict.IsAttack, $"missed: {value}");
        Assert.Equal(InjectionKind.Sql, verdict.Kind);
        Assert.Equal(reason, verdict.Reason);
        Assert.Equal(context, verdict.Context);
    }

    [Theory]
    [InlineData("union was a great select")]
    [InlineData("O'Brien")]
    [InlineData("D'Angelo")]
    [InlineData("select the best option or 1 of the others")]
    [InlineData("drop me a line; update your address")]
    [InlineData("john+or@var.es")]
    [InlineData("select a union rep")]
    [InlineData("drop-off times")]
    [InlineData("1=1 plan")]
    [InlineData("(Select one)")]
    [InlineData("delete from cart")]
    [InlineData("I'd like 'this' or 'that'")]
    [InlineData("Rock 'n' roll")]
    [InlineData("x=1 and y=2")]
    [InlineData("1950 or 1960")]
    [InlineData("10 OR LESS")]
    [InlineData("sleep(8 hours)")]
    [InlineData("order by 5")]
    [InlineData("Please order by 5pm")]
    [InlineData("\"WOOD\" AND \"SIGN\" AND \"POLKA DOTS\"")]
    [InlineData("HUGE BRASS CLOCK GEAR 2 3/4\" - VINTAGE")]
    [InlineData("SMALL \"&\" SIGN")]
    [InlineData("\"LIKE\" STAMP")]
    [InlineData("BLUE BROWN -BABY -TODDLER -DRESSES' --INFANT -CHILD")]
    [InlineData("'1--'")]
    [InlineData("1; exec will create the case 7")]
    [InlineData("Apt is gated; call when you get here, and we'll come down to get it.")]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)")]
    [InlineData("{\"name\":\"O'Brien\",\"note\":\"it's 5\\\" wide\"}")]
    [InlineData("/search?q=MACBOOK+PRO+DECALS+15\"&PAGE=2")]
    [InlineData("It's great -- would buy again")]
    [InlineData("between 5 and 10")]
    [InlineData("true story")]
    [InlineData("")]
    public void StaysQuietOnOrdinaryText(string value)
    {
        Assert.Equal(InjectionVerdict.Clean, SqlInjectionDetector.Analyze(value));
    }

    [Fact]
    public void ValuesWithoutSqlCharactersOrKeywordsSkipTheParser()
    {
        Assert.False(SqlPrefilter.MayContainSql("Jane Doe 12345 Main Street"));
        Assert.False(SqlPrefilter.MayContainSql("selection of unions"));
        Assert.True(SqlPrefilter.MayContainSql("1 union select 1"));
        Assert.True(SqlPrefilter.MayContainSql("it's"));
    }
}
