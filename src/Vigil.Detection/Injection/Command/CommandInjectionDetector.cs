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
        int i = ShellSyntax.SkipBlanks(value, at);
        for (int n = 0; n < 4 && i < value.Length && value[i] is ';' or '|' or '&' or '\n' or '\r' or '(' or '{' or '\'' or '"'; n++)
        {
            i = ShellSyntax.SkipBlanks(value, i + 1);
        }

        Span<char> word = stackalloc char[ShellSyntax.MaxWord];
        int length = ShellSyntax.ReadWord(value, ref i, word);
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

        return substitution || ShellSyntax.ShellLikeTail(value, i, ShellSyntax.TakesNumber(name));
    }

    private static InjectionVerdict Verdict(string reason) => new(InjectionKind.Command, reason, InjectionContext.Raw);
}
