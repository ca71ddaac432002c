using System.Collections.Frozen;
using Vigil.Detection.Injection.Script;

namespace Vigil.Detection.Injection.Command;

/// <summary>
/// Code injection that reaches the shell through a language's own functions: <c>system('id')</c>,
/// <c>exec('ls')</c>, <c>passthru(…)</c>, <c>phpinfo()</c>, <c>&lt;?php … ?&gt;</c>. The value must read as
/// code (a complete call, not "our system(s)") before the name counts.
/// </summary>
internal static class CodeExecutionCall
{
    private static readonly FrozenSet<string> Functions = FrozenSet.Create(StringComparer.Ordinal,
        "system", "exec", "shell_exec", "passthru", "popen", "proc_open", "pcntl_exec", "eval", "assert",
        "phpinfo", "execSync", "spawnSync", "spawn", "execFile");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Functions.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Find(ReadOnlySpan<char> value)
    {
        int open = value.IndexOf('(');
        if (open <= 0)
        {
            return false;
        }

        if (value.Contains("<?php", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        // Start of the code: the value itself, or what follows a statement separator.
        int start = value[..open].LastIndexOfAny(";|&") + 1;
        ReadOnlySpan<char> code = value[start..].TrimStart();
        int nameEnd = 0;
        while (nameEnd < code.Length && (char.IsAsciiLetterOrDigit(code[nameEnd]) || code[nameEnd] == '_'))
        {
            nameEnd++;
        }

        if (nameEnd == 0 || nameEnd >= code.Length || code[nameEnd] != '(' || !Lookup.Contains(code[..nameEnd]))
        {
            return false;
        }

        JsReading reading = JsFragment.Read(code);
        return reading.Valid && (reading.Facts & JsFacts.Call) != 0;
    }
}
