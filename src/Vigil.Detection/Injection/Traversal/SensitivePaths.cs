namespace Vigil.Detection.Injection.Traversal;

/// <summary>
/// Files and directories that path-traversal and local-file-inclusion payloads go after. Each entry starts
/// with a separator so that it only matches as a path component, never inside a word.
/// </summary>
internal static class SensitivePaths
{
    public static readonly string[] All =
    [
        // Specific files, not whole directories: a path under /var/log or /root is an ordinary value in a file API.
        "/etc/passwd", "/etc/shadow", "/etc/group", "/etc/hosts", "/etc/issue", "/etc/motd", "/etc/master.passwd",
        "/etc/sudoers", "/etc/crontab", "/etc/hostname", "/etc/resolv.conf", "/etc/fstab", "/etc/inittab",
        "/etc/ssh/sshd_config", "/etc/mysql/my.cnf", "/etc/httpd/conf/httpd.conf", "/etc/apache2/apache2.conf",
        "/etc/nginx/nginx.conf", "/proc/self/", "/proc/version", "/proc/cmdline", "/proc/sched_debug",
        "/.ssh/", "/id_rsa", "/id_dsa", "/authorized_keys", "/.bash_history", "/.htpasswd", "/.htaccess",
        "/web.config", "/web-inf/web.xml", "/boot.ini", "/win.ini", "/system.ini", "/windows/system32/",
        "/windows/repair/", "/winnt/system32/", "/autoexec.bat", "/.git/config", "/.git/head", "/.env",
        "/.aws/credentials", "/wp-config.php", "/php.ini", "/my.cnf", "/applicationhost.config", "/system32/config/sam",
    ];

    // Targets recognisable by their words alone, whatever separates them.
    private static readonly string[][] Loose =
    [
        ["etc", "passwd"], ["etc", "shadow"], ["etc", "issue"], ["etc", "hosts"], ["etc", "group"],
        ["windows", "system32"], ["winnt", "system32"], ["boot.ini"], ["win.ini"], ["system.ini"], ["proc", "self"],
    ];

    /// <summary>The words of a sensitive path appear in order, separated by anything that is not a letter or digit.</summary>
    public static bool NamedLoosely(ReadOnlySpan<char> path)
    {
        foreach (string[] words in Loose)
        {
            int at = path.IndexOf(words[0], StringComparison.Ordinal);
            while (at >= 0)
            {
                int end = at + words[0].Length;
                bool bounded = (at == 0 || !char.IsAsciiLetter(path[at - 1])) && (end == path.Length || !char.IsAsciiLetter(path[end]));
                if (bounded && (words.Length == 1 || Follows(path[end..], words[1])))
                {
                    return true;
                }

                int next = path[(at + 1)..].IndexOf(words[0], StringComparison.Ordinal);
                at = next < 0 ? -1 : at + 1 + next;
            }
        }

        return false;
    }

    private static bool Follows(ReadOnlySpan<char> rest, string word)
    {
        int i = 0;
        while (i < rest.Length && i < 8 && !char.IsAsciiLetterOrDigit(rest[i]))
        {
            i++;
        }

        return i > 0 && rest[i..].StartsWith(word, StringComparison.Ordinal);
    }
}
