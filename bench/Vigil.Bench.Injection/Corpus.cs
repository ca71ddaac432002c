namespace Vigil.Bench.Injection;

/// <summary>One payload file: its folder (the label), name and payload lines.</summary>
internal sealed record CorpusFile(string Folder, string Name, IReadOnlyList<string> Payloads);

/// <summary>
/// Finds and reads the labelled corpora: <c>../shared/corpora/injection/</c> beside the repository root
/// (the directory holding Vigil.slnx), one payload per line, blank and <c>#</c> lines skipped; the one YAML
/// file contributes the entries of its <c>payload:</c> list.
/// </summary>
internal static class Corpus
{
    public static readonly string[] AttackFolders = ["sqli", "xss", "command", "traversal", "nosql", "ldap", "xxe"];

    public static string? Locate(string? explicitDirectory)
    {
        if (explicitDirectory is not null)
        {
            return Directory.Exists(explicitDirectory) ? Path.GetFullPath(explicitDirectory) : null;
        }

        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Vigil.slnx")))
                {
                    string candidate = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "corpora", "injection"));
                    return Directory.Exists(candidate) ? candidate : null;
                }
            }
        }

        return null;
    }

    public static List<CorpusFile> Load(string root, string folder)
    {
        string directory = Path.Combine(root, folder);
        if (!Directory.Exists(directory))
        {
            return [];
        }

        return Directory.GetFiles(directory)
            .Order(StringComparer.Ordinal)
            .Select(path => new CorpusFile(folder, Path.GetFileName(path), Read(path)))
            .ToList();
    }

    private static List<string> Read(string path)
    {
        string[] lines = File.ReadAllLines(path);
        return path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)
            ? YamlPayloads(lines)
            : lines.Where(l => l.Trim().Length > 0 && !l.StartsWith('#')).ToList();
    }

    // The entries of the top-level "payload:" list; single-quoted ('' is a quote), double-quoted or plain scalars.
    private static List<string> YamlPayloads(string[] lines)
    {
        var payloads = new List<string>();
        bool inPayload = false;
        foreach (string line in lines)
        {
            if (line.Length > 0 && !char.IsWhiteSpace(line[0]))
            {
                inPayload = line.TrimEnd() == "payload:";
                continue;
            }

            string item = line.TrimStart();
            if (!inPayload || !item.StartsWith("- ", StringComparison.Ordinal))
            {
                continue;
            }

            string scalar = item[2..].Trim();
            payloads.Add(scalar.Length >= 2 && scalar[0] == '\'' && scalar[^1] == '\'' ? scalar[1..^1].Replace("''", "'", StringComparison.Ordinal)
                : scalar.Length >= 2 && scalar[0] == '"' && scalar[^1] == '"' ? System.Text.RegularExpressions.Regex.Unescape(scalar[1..^1])
                : scalar);
        }

        return payloads;
    }
}
