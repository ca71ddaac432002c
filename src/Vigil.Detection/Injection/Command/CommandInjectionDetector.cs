using System.Buffers;

namespace Vigil.Detection.Injection.Command;

/// <summary>
/// OS command injection: a shell metacharacter that ends the intended command (<c>;</c> <c>|</c> <c>&amp;</c>,
/// a newline) followed by a command word, or a command substitution (<c>`…`</c>, <c>$(…)</c>). The command
/// word is read as a shell would (quotes and backslashes inside it removed, a path reduced to its name,
/// <c>${IFS}</c> as a space), and an ordinary English-looking command must be followed by something that
/// looks like shell: the end, another metacharacter, an option, a path, an address.
/// </summary>
internal static class CommandInjectionDetector
{
    public const string CommandChain = "command-chain";
    public const string CommandSubstitution = "command-substitution";
    public const string Shellshock = "shellshock";
    public const string ShellCommand = "shell-command";
    public const string CodeExecution = "code-execution";

    private const int MaxWord = 64;

    private static readonly SearchValues<char> Separators = SearchValues.Create(";|&\n\r`$");

    public static InjectionVerdict Analyze(ReadOnlySpan<char> value)
    {
        if (IsWholeCommand(value))
        {
            return Verdict(ShellCommand);
        }

        if (CodeExecutionCall.Find(value))
        {
            return Verdict(CodeExecution);
        }

        int first = value.IndexOfAny(Separators);
        if (first < 0)
        {
            return InjectionVerdict.Clean;
        }

        if (value.TrimStart().StartsWith("() {", StringComparison.Ordinal))
        {
            return Verdict(Shellshock);
        }

        for (int i = first; i < value.Length; i++)
        {
            char c = value[i];
            if (c is ';' or '|' or '&' or '\n' or '\r')
            {
                if (IsCommandAt(value, i + 1, substitution: false))
                {
                    return Verdict(CommandChain);
                }
            }
            else if (c == '`' && (i == 0 || "=;|&('\"/$:\n".Contains(value[i - 1])) && value[(i + 1)..].Contains('`'))
            {
                if (IsCommandAt(value, i + 1, substitution: true))
                {
                    return Verdict(CommandSubstitution);
                }
            }
            else if (c == '$' && i + 1 < value.Length && value[i + 1] == '(' && IsCommandAt(value, i + 2, substitution: true))
            {
                return Verdict(CommandSubstitution);
            }
        }

        return InjectionVerdict.Clean;
    }

    // The whole value is a command line handed to a shell: "ls -la /var/www", "nc -lvp 4444 -e /bin/sh".
    // Prose often starts with "find", "type" or "copy", so only a lowercase Unix name (or a telltale one)
    // followed by an option or an absolute path counts.
    private static bool IsWholeCommand(ReadOnlySpan<char> value)
    {
        ReadOnlySpan<char> trimmed = value.TrimStart();
        int end = trimmed.IndexOfAny(" \t");
        if (end <= 0)
        {
            return false;
        }

        ShellCommands.Kind kind = ShellCommands.Classify(trimmed[..end]);
        if (kind == ShellCommands.Kind.Telltale)
        {
            return true;
        }

        if (kind != ShellCommands.Kind.Ordinary || !trimmed[..end].ContainsAnyInRange('a', 'z') || trimmed[..end].ContainsAnyInRange('A', 'Z'))
        {
            return false;
        }

        ReadOnlySpan<char> argument = trimmed[end..].TrimStart();
        return (argument.Length >= 2 && argument[0] == '-' && char.IsAsciiLetter(argument[1])) ||
               (argument.Length >= 3 && argument[0] == '/' && argument[1..].IndexOf('/') > 0) ||
               (argument.Length >= 3 && char.IsAsciiLetter(argument[0]) && argument[1] == ':' && argument[2] == '\\');
    }

    private static bool IsCommandAt(ReadOnlySpan<char> value, int at, bool substitution)
    {
        // A few stacked metacharacters ("&&", ";(", "|'"); longer runs are reached by the caller's own loop.
        int i = SkipBlanks(value, at);
        for (int n = 0; n < 4 && i < value.Length && value[i] is ';' or '|' or '&' or '\n' or '\r' or '(' or '{' or '\'' or '"'; n++)
        {
            i = SkipBlanks(value, i + 1);
        }

        Span<char> word = stackalloc char[MaxWord];
        int length = ReadWord(value, ref i, word);
        if (length == 0)
        {
            return false;
        }

        ReadOnlySpan<char> name = word[..length];
        int slash = name.LastIndexOfAny('/', '\\');
        bool path = slash >= 0;
        if (path)
        {
            name = name[(slash + 1)..];
        }

        ShellCommands.Kind kind = ShellCommands.Classify(name);
        if (kind == ShellCommands.Kind.None)
        {
            return false;
        }

        // "/usr/bin/id" or "c:\windows\system32\cmd.exe": a path to a known binary is unmistakable.
        if (kind == ShellCommands.Kind.Telltale || path)
        {
            return true;
        }

        return substitution || ShellLikeTail(value, i, TakesNumber(name));
    }

    // Reads one shell word: quotes and backslashes vanish (w'h'o\ami), ${IFS} and $IFS end it.
    private static int ReadWord(ReadOnlySpan<char> value, ref int i, Span<char> word)
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
    private static bool TakesNumber(ReadOnlySpan<char> name) => name is "sleep" or "usleep" or "timeout" or "kill" or "ping";

    private static bool ShellLikeTail(ReadOnlySpan<char> value, int i, bool numberArgument)
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

    private static bool LooksLikeHost(ReadOnlySpan<char> word) =>
        word.Count('.') >= 2 && !word.ContainsAnyExcept("0123456789.abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-:") &&
        word[0] != '.' && word[^1] != '.';

    private static bool IsNumber(ReadOnlySpan<char> word) => !word.IsEmpty && !word.ContainsAnyExcept("0123456789");

    private static int SkipBlanks(ReadOnlySpan<char> value, int i)
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

    private static bool IsIfs(ReadOnlySpan<char> value, int i, out int length)
    {
        ReadOnlySpan<char> rest = value[i..];
        length = rest.StartsWith("${IFS}", StringComparison.Ordinal) ? 6 : rest.StartsWith("$IFS", StringComparison.Ordinal) ? 4 : 0;
        if (length == 4 && rest.Length > 5 && rest[4] == '$' && char.IsAsciiDigit(rest[5]))
        {
            length = 6;
        }

        return length > 0;
    }

    private static InjectionVerdict Verdict(string reason) => new(InjectionKind.Command, reason, InjectionContext.Raw);
}
