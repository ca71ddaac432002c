namespace Vigil.Detection.Injection.Sql;

/// <summary>
/// SQL injection by parsing, not by pattern: the value is read as the continuation of a host query in each
/// context it could have been pasted into — as an operand (or whole statement), inside a single-quoted
/// literal, inside a double-quoted one — and it is an attack when, in some context, it breaks out and
/// completes the host query into SQL that carries injected meaning. See <c>Injection/RATIONALE.md</c>.
/// </summary>
public static class SqlInjectionDetector
{
    /// <summary>Judges one value. Never throws; linear in the value's length; allocates nothing.</summary>
    public static InjectionVerdict Analyze(ReadOnlySpan<char> value)
    {
        if (value.IsEmpty || !SqlPrefilter.MayContainSql(value))
        {
            return InjectionVerdict.Clean;
        }

        string? reason = Judge(value, '\0', backslashEscapes: true, out bool numeric);
        if (reason is not null)
        {
            return new InjectionVerdict(InjectionKind.Sql, reason, numeric ? InjectionContext.Numeric : InjectionContext.Raw);
        }

        bool backslash = value.Contains('\\');
        foreach (char quote in "'\"")
        {
            if (!value.Contains(quote))
            {
                continue;
            }

            // MySQL reads \' as an escaped quote; PostgreSQL, SQL Server, Oracle and SQLite do not.
            reason = Judge(value, quote, backslashEscapes: true, out _) ?? (backslash ? Judge(value, quote, backslashEscapes: false, out _) : null);
            if (reason is not null)
            {
                return new InjectionVerdict(
                    InjectionKind.Sql, reason, quote == '\'' ? InjectionContext.SingleQuoted : InjectionContext.DoubleQuoted);
            }
        }

        return InjectionVerdict.Clean;
    }

    private static string? Judge(ReadOnlySpan<char> value, char hostQuote, bool backslashEscapes, out bool numeric)
    {
        numeric = false;
        var parser = new SqlParser(new SqlLexer(value, hostQuote, backslashEscapes));
        bool breakout = hostQuote != '\0';
        bool breakoutHasSpace = false;
        if (breakout)
        {
            SqlToken first = parser.Current;
            if (first.Has(SqlTokenFlags.ClosedByHost) || first.Has(SqlTokenFlags.Unterminated))
            {
                // The whole value stays inside the host's literal: nothing was injected in this context.
                return null;
            }

            breakoutHasSpace = first.Has(SqlTokenFlags.HasSpace);
        }

        bool parsed = breakout ? parser.ParseAfterBreakout() : parser.ParseRaw();
        ReadOnlySpan<char> lead = value.TrimStart("-+( ");
        numeric = !breakout && !lead.IsEmpty && char.IsAsciiDigit(lead[0]);
        if (!parsed)
        {
            return SqlJudge.ReasonForPrefix(parser.Facts);
        }

        SqlLexer lexer = parser.Lexer;
        var shape = new SqlBreakout(
            breakout, !breakoutHasSpace, lexer.EndsInComment, lexer.TrailingCommentIsShort, lexer.EndsInHostString, !lexer.HostStringHasSpace);
        return SqlJudge.Reason(parser.Facts, shape);
    }
}
