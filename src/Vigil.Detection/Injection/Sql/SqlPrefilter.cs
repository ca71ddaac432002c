using System.Buffers;
using System.Collections.Frozen;

namespace Vigil.Detection.Injection.Sql;

/// <summary>
/// Decides in a vectorised scan or two whether a value could possibly be judged an injection. Every verdict
/// the judge can reach needs either one of these characters or, for the few keyword-only forms
/// (<c>1 union select 1</c>, <c>1 or 1 like 1</c>, <c>drop table t</c>), one of these words.
/// </summary>
internal static class SqlPrefilter
{
    private static readonly SearchValues<char> Meta = SearchValues.Create("'\"`;()=<>!|&");

    private static readonly string[] Words =
    [
        "union", "select", "order", "group", "having", "like", "rlike", "regexp", "sounds", "between", "glob",
        "null", "true", "false", "drop", "truncate", "create", "alter", "grant", "exec", "execute", "declare", "xor",
    ];

    private static readonly SearchValues<string> Keywords = SearchValues.Create(Words, StringComparison.OrdinalIgnoreCase);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WholeWords =
        Words.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool MayContainSql(ReadOnlySpan<char> value)
    {
        if (value.ContainsAny(Meta))
        {
            return true;
        }

        int offset = 0;
        while (offset < value.Length)
        {
            int hit = value[offset..].IndexOfAny(Keywords);
            if (hit < 0)
            {
                return false;
            }

            int start = offset + hit;
            int end = start + 1;
            while (end < value.Length && char.IsAsciiLetter(value[end]))
            {
                end++;
            }

            // A whole word, not the start of "selection" or the end of "unselect".
            if ((start == 0 || !char.IsAsciiLetterOrDigit(value[start - 1])) && WholeWords.Contains(value[start..end]))
            {
                return true;
            }

            offset = start + 1;
        }

        return false;
    }
}
