namespace Vigil.Detection.Injection.Sql;

/// <summary>
/// Turns what the parser saw into a verdict. Without a breakout the value must carry SQL that an ordinary
/// filter value never does (a row-independent condition, UNION SELECT, a stacked statement, a time or file
/// function). After a quote breakout the bar is lower, because prose cannot close a string and then parse.
/// </summary>
internal static class SqlJudge
{
    public const string UnionSelect = "union-select";
    public const string StackedQuery = "stacked-query";
    public const string TimeBlind = "time-blind";
    public const string CommandExec = "command-exec";
    public const string FileAccess = "file-access";
    public const string ErrorBased = "error-based";
    public const string Tautology = "tautology";
    public const string BooleanBlind = "boolean-blind";
    public const string Subquery = "subquery";
    public const string Statement = "sql-statement";
    public const string Procedure = "procedure-analyse";
    public const string OrderByProbe = "order-by-probe";
    public const string BooleanInjection = "boolean-injection";
    public const string ClauseInjection = "clause-injection";
    public const string StringBreakout = "string-breakout";
    public const string FunctionCall = "function-call";
    public const string CommentTruncation = "comment-truncation";

    /// <summary>
    /// The verdict for a value whose parse failed part-way: only decisive facts established before the
    /// failure count (an injection followed by junk the parser does not know, such as a pasted "–").
    /// </summary>
    public static string? ReasonForPrefix(SqlFacts facts) =>
        (facts & SqlFacts.Decisive) != 0 ? Reason(facts & SqlFacts.Decisive, default) : null;

    /// <param name="facts">What the parser recorded; the value parsed completely.</param>
    /// <param name="breakout">Whether and how the value closed a host string literal before this SQL.</param>
    public static string? Reason(SqlFacts facts, SqlBreakout breakout)
    {
        if (Has(facts, SqlFacts.UnionSelect))
        {
            return UnionSelect;
        }

        if (Has(facts, SqlFacts.Stacked))
        {
            return StackedQuery;
        }

        if (Has(facts, SqlFacts.Time))
        {
            return TimeBlind;
        }

        if (Has(facts, SqlFacts.Exec))
        {
            return CommandExec;
        }

        if (Has(facts, SqlFacts.File))
        {
            return FileAccess;
        }

        if (Has(facts, SqlFacts.Error))
        {
            return ErrorBased;
        }

        if (Has(facts, SqlFacts.ConstantOr))
        {
            return Tautology;
        }

        if (Has(facts, SqlFacts.ConstantAnd) || Has(facts, SqlFacts.FunctionCondition))
        {
            return BooleanBlind;
        }

        if (Has(facts, SqlFacts.Subquery))
        {
            return Subquery;
        }

        if (Has(facts, SqlFacts.Statement))
        {
            return Statement;
        }

        if (Has(facts, SqlFacts.Procedure))
        {
            return Procedure;
        }

        if (Has(facts, SqlFacts.OrderByNumber) &&
            (breakout.Present || breakout.EndsInComment || Has(facts, SqlFacts.LeadingLiteral) || Has(facts, SqlFacts.HostParen)))
        {
            return OrderByProbe;
        }

        // The weaker forms below are what a quote inside prose can also produce ("SMALL "& SIGN",
        // 3/4" - VINTAGE), so they count only when the fragment is compact and leaves the query parseable.
        if (!breakout.Present)
        {
            // "(1 OR @a) --": an operator expression over constants whose tail comments out the host query.
            return Has(facts, SqlFacts.ConstantExpression) && breakout.EndsInComment && breakout.ShortComment ? CommentTruncation : null;
        }

        return breakout.Compact && breakout.WellTerminated ? AfterBreakout(facts, breakout) : null;
    }

    private static string? AfterBreakout(SqlFacts facts, SqlBreakout breakout)
    {
        if (Has(facts, SqlFacts.Logical))
        {
            return BooleanInjection;
        }

        if (Has(facts, SqlFacts.WeakStacked))
        {
            return StackedQuery;
        }

        if (Has(facts, SqlFacts.Clause))
        {
            return ClauseInjection;
        }

        if ((Has(facts, SqlFacts.Comparison) || Has(facts, SqlFacts.Arithmetic)) && Has(facts, SqlFacts.NonEmptyOperand))
        {
            return StringBreakout;
        }

        if (Has(facts, SqlFacts.KnownCall))
        {
            return FunctionCall;
        }

        // admin'-- : the string is closed and the rest of the host query is commented away.
        return breakout.EndsInComment && breakout.ShortComment ? CommentTruncation : null;
    }

    private static bool Has(SqlFacts facts, SqlFacts fact) => (facts & fact) != 0;
}
