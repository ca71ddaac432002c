using System.Buffers;
using System.Collections.Frozen;
using Vigil.Detection.Injection.Script;

namespace Vigil.Detection.Injection.NoSql;

/// <summary>
/// NoSQL (MongoDB-style) injection inside a plain string value: a query operator in key position
/// (<c>{"$ne": 1}</c>, <c>{$gt: ''}</c>, <c>user[$ne]=x</c>, <c>$where: …</c>), server-side JavaScript that
/// breaks out of a quoted <c>$where</c> string (<c>' &amp;&amp; this.password.match(/.*/)//</c>,
/// <c>'; return true; var x='</c>), or a shell call on a collection (<c>db.users.find(</c>).
/// </summary>
internal static class NoSqlInjectionDetector
{
    public const string OperatorInjection = "operator-injection";
    public const string ServerSideJavaScript = "server-side-js";
    public const string ShellCall = "shell-call";

    private static readonly FrozenSet<string> Operators = FrozenSet.Create(StringComparer.Ordinal,
        "ne", "eq", "gt", "gte", "lt", "lte", "in", "nin", "regex", "where", "exists", "expr", "or", "and", "nor",
        "not", "elemMatch", "size", "type", "mod", "all", "text", "function", "accumulator", "jsonSchema",
        "comment", "lookup", "merge", "out", "search", "options", "slice", "natural", "set", "unset", "inc", "push");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OperatorLookup = Operators.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly SearchValues<char> Interesting = SearchValues.Create("$'\";.");

    public static InjectionVerdict Analyze(ReadOnlySpan<char> value)
    {
        if (!value.ContainsAny(Interesting))
        {
            return InjectionVerdict.Clean;
        }

        if (value.Contains('$') && HasOperatorKey(value))
        {
            return Verdict(OperatorInjection);
        }

        if (HasShellCall(value))
        {
            return Verdict(ShellCall);
        }

        foreach (char quote in "'\"")
        {
            if (value.Contains(quote) && IsServerSideScript(JsFragment.Read(value, quote)))
            {
                return Verdict(ServerSideJavaScript);
            }
        }

        if (value.Contains(';'))
        {
            // Without a breakout, "Done; return it" is also valid script: ask for more than a keyword.
            JsReading raw = JsFragment.Read(value);
            if (raw.Valid && ((raw.Facts & JsFacts.ThisMember) != 0 ||
                ((raw.Facts & JsFacts.Keyword) != 0 && (raw.Facts & (JsFacts.Equality | JsFacts.Call)) != 0)))
            {
                return Verdict(ServerSideJavaScript);
            }
        }

        return InjectionVerdict.Clean;
    }

    // "$op" where a key goes: after '{', '[', ',' or a quote (or at the start), before ':', ']' or a quote.
    private static bool HasOperatorKey(ReadOnlySpan<char> value)
    {
        for (int i = value.IndexOf('$'); i >= 0 && i < value.Length; i = NextDollar(value, i + 1))
        {
            int before = i - 1;
            while (before >= 0 && value[before] is ' ' or '\t')
            {
                before--;
            }

            if (before >= 0 && value[before] is not ('{' or '[' or ',' or '"' or '\''))
            {
                continue;
            }

            int end = i + 1;
            while (end < value.Length && char.IsAsciiLetter(value[end]))
            {
                end++;
            }

            if (end == i + 1 || !OperatorLookup.Contains(value[(i + 1)..end]))
            {
                continue;
            }

            while (end < value.Length && value[end] is ' ' or '\t' or '"' or '\'')
            {
                end++;
            }

            if (end < value.Length && value[end] is ':' or ']')
            {
                return true;
            }
        }

        return false;
    }

    private static int NextDollar(ReadOnlySpan<char> value, int from)
    {
        if (from >= value.Length)
        {
            return -1;
        }

        int next = value[from..].IndexOf('$');
        return next < 0 ? -1 : from + next;
    }

    // db.<collection>.<method>( as typed into the mongo shell.
    private static bool HasShellCall(ReadOnlySpan<char> value)
    {
        int at = value.IndexOf("db.", StringComparison.Ordinal);
        while (at >= 0)
        {
            if (at == 0 || !char.IsAsciiLetterOrDigit(value[at - 1]))
            {
                int i = at + 3;
                int dots = 0;
                while (i < value.Length && i - at < 128 && (char.IsAsciiLetterOrDigit(value[i]) || value[i] is '_' or '.'))
                {
                    dots += value[i] == '.' ? 1 : 0;
                    i++;
                }

                if (dots >= 1 && i < value.Length && value[i] == '(')
                {
                    return true;
                }
            }

            int next = value[(at + 1)..].IndexOf("db.", StringComparison.Ordinal);
            at = next < 0 ? -1 : at + 1 + next;
        }

        return false;
    }

    // After closing the $where string: script that reads the document (this.password), returns a verdict,
    // runs a statement that calls something, or compares and hands the rest of the string back.
    private static bool IsServerSideScript(JsReading reading) =>
        reading.Valid && reading.Breakout &&
        ((reading.Facts & JsFacts.ThisMember) != 0 ||
         ((reading.Facts & JsFacts.Keyword) != 0 && (reading.Facts & JsFacts.Statements) != 0) ||
         ((reading.Facts & JsFacts.Statements) != 0 && (reading.Facts & JsFacts.Call) != 0) ||
         ((reading.Facts & JsFacts.Equality) != 0 && (reading.EndsInComment || reading.EndsInHostString)));

    private static InjectionVerdict Verdict(string reason) => new(InjectionKind.NoSql, reason, InjectionContext.Raw);
}
