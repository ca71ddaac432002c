namespace Vigil.Detection.Injection.Command;

/// <summary>How a POSIX shell splits words: quotes and backslashes vanish inside a word, <c>$IFS</c> separates.</summary>
internal static class ShellSyntax
{
    /// <summary>Longest command word or argument read; payload words are short.</summary>
    public const int MaxWord = 64;

    // Reads one shell word: quotes and backslashes vanish (w'h'o\ami), ${IFS} and $IFS end it.
    public static int ReadWord(ReadOnlySpan<char> value, ref int i, Span<char> word)
    {
        int n = 0;
        while (i < value.Length && n < word.Length)
        {
            char c = value[i];
            if (c is ' ' or '\t' or ';' or '|' or '&' or '\n' or '\r' or '<' or '>' or '(' or ')' or '`' or ',' or '}')
            {
                break;
            }

            if (c == '$' && IsIfs(value, i, out _))
            {
                break;
            }

            if (c is not ('\'' or '"') && !(c == '\\' && i + 1 < value.Length && char.IsAsciiLetter(value[i + 1])))
            {
                word[n++] = c;
            }

            i++;
        }

        return n;
    }

    // After the command: the end, another metacharacter or redirection, or an argument only a shell would take.
    // Commands whose usual argument is a bare number: "; sleep 5", "| ping 10.0.0.1" is covered as a host.
    public static bool TakesNumber(ReadOnlySpan<char> name) => name is "sleep" or "usleep" or "timeout" or "kill" or "ping";

    public static bool ShellLikeTail(ReadOnlySpan<char> value, int i, bool numberArgument)
    {
        i = SkipBlanks(value, i);
        if (i >= value.Length || value[i] is ';' or '|' or '&' or '\n' or '\r' or '<' or '>' or '`' or ')' or '#')
        {
            return true;
        }

        char c = value[i];
        if (c is '-' or '/' or '\\' or '~' or '$' or '%' or '\'' or '"' or '.' or '*')
        {
            return true;
        }

        int end = i;
        while (end < value.Length && end - i < MaxWord && value[end] is not (' ' or '\t' or ';' or '|' or '&' or '\n' or '\r' or '<' or '>'))
        {
            end++;
        }

        ReadOnlySpan<char> argument = value[i..end];
        if (argument.ContainsAny('/', '\\') || LooksLikeHost(argument))
        {
            return true;
        }

        // "sleep 5": a number is shell-like only as the last word, and only for commands that take one.
        return numberArgument && IsNumber(argument) && SkipBlanks(value, end) >= value.Length;
    }

    public static bool LooksLikeHost(ReadOnlySpan<char> word) =>
        word.Count('.') >= 2 && !word.ContainsAnyExcept("0123456789.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-:") &&
        word[0] != '.' && word[^1] != '.';

    public static bool IsNumber(ReadOnlySpan<char> word) => !word.IsEmpty && !word.ContainsAnyExcept("0123456789");

    public static int SkipBlanks(ReadOnlySpan<char> value, int i)
    {
        int limit = Math.Min(value.Length, i + MaxWord);
        while (i < limit)
        {
            if (value[i] is ' ' or '\t' or '\0')
            {
                i++;
            }
            else if (value[i] == '$' && IsIfs(value, i, out int length))
            {
                i += length;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    public static bool IsIfs(ReadOnlySpan<char> value, int i, out int length)
    {
        ReadOnlySpan<char> rest = value[i..];
        length = rest.StartsWith("${IFS}", StringComparison.Ordinal) ? 6 : rest.StartsWith("$IFS", StringComparison.Ordinal) ? 4 : 0;
        if (length == 4 && rest.Length > 5 && rest[4] == '$' && char.IsAsciiDigit(rest[5]))
        {
            length = 6;
        }

        return length > 0;
    }
}
