using System.Collections.Frozen;

namespace Vigil.Detection.Injection.Command;

/// <summary>
/// Command names attackers chain onto a value. Unix names are case-sensitive (shells are), Windows names
/// are not. "Telltale" names are not words of any language, so they count even with prose after them;
/// the rest (cat, type, find, sleep, ping …) are also English and need shell-looking arguments.
/// </summary>
internal static class ShellCommands
{
    private static readonly FrozenSet<string> Telltale = FrozenSet.Create(StringComparer.Ordinal,
        "whoami", "uname", "ifconfig", "ipconfig", "netstat", "nslookup", "systeminfo", "wget", "powershell",
        "pwsh", "certutil", "bitsadmin", "wmic", "tasklist", "taskkill", "getent", "printenv", "mkfifo", "mknod",
        "busybox", "msfconsole", "xterm", "nohup", "crontab", "useradd", "usermod", "chpasswd", "xp_cmdshell",
        "cmd.exe", "powershell.exe", "net.exe", "rundll32", "regsvr32", "mshta", "cscript", "wscript", "findstr",
        "gethostbyname");

    private static readonly FrozenSet<string> Unix = FrozenSet.Create(StringComparer.Ordinal,
        "cat", "tac", "nl", "od", "xxd", "strings", "head", "tail", "more", "less", "grep", "egrep", "fgrep", "awk",
        "gawk", "sed", "find", "locate", "which", "whereis", "ls", "dir", "pwd", "id", "who", "w", "last", "ps", "top",
        "kill", "killall", "pkill", "env", "set", "export", "echo", "printf", "sleep", "timeout", "ping", "ping6",
        "traceroute", "dig", "host", "arp", "route", "iptables", "curl", "nc", "ncat", "netcat", "telnet", "ftp",
        "tftp", "ssh", "scp", "rsync", "bash", "sh", "zsh", "ksh", "csh", "tcsh", "dash", "fish", "perl", "python",
        "python2", "python3", "ruby", "php", "node", "lua", "java", "gcc", "cc", "make", "chmod", "chown", "chgrp",
        "rm", "cp", "mv", "touch", "mkdir", "rmdir", "ln", "tar", "zip", "unzip", "gzip", "gunzip", "dd", "openssl",
        "nmap", "base64", "xargs", "tee", "sudo", "su", "eval", "exec", "source", "passwd", "hostname", "date",
        "uptime", "lsof", "mount", "df", "du", "free", "history", "alias", "chroot", "reboot", "shutdown", "halt",
        "sort", "uniq", "cut", "wc", "file", "stat", "time", "true", "false", "test", "vi", "vim", "nano", "ed");

    private static readonly FrozenSet<string> Windows = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "dir", "type", "ver", "vol", "net", "cmd", "copy", "del", "erase", "move", "ren", "echo", "set", "start",
        "call", "ping", "tracert", "netsh", "reg", "sc", "schtasks", "at", "attrib", "cacls", "icacls", "more",
        "find", "whoami", "ipconfig", "systeminfo", "tasklist", "hostname", "nslookup", "powershell", "cscript");

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TelltaleLookup = Telltale.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> UnixLookup = Unix.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> WindowsLookup = Windows.GetAlternateLookup<ReadOnlySpan<char>>();

    public enum Kind
    {
        None,
        Ordinary,
        Telltale,
    }

    public static Kind Classify(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty)
        {
            return Kind.None;
        }

        if (TelltaleLookup.Contains(name) || (name.Length > 4 && TelltaleLookup.Contains(name[..^4]) && name.EndsWith(".exe", StringComparison.OrdinalIgnoreCase)))
        {
            return Kind.Telltale;
        }

        ReadOnlySpan<char> bare = name.EndsWith(".exe", StringComparison.OrdinalIgnoreCase) ? name[..^4] : name;
        return UnixLookup.Contains(bare) || WindowsLookup.Contains(bare) ? Kind.Ordinary : Kind.None;
    }
}
