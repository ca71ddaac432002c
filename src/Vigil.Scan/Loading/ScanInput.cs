using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Vigil.Scan.Loading;

/// <summary>
/// Turns PATH (a folder, <c>.sln</c>, <c>.slnx</c> or <c>.csproj</c>) into the C# files to parse. Project files are read
/// only for where they live: every <c>.cs</c> under a project's folder is compiled, as the SDK's default globs do.
/// </summary>
internal static partial class ScanInput
{
    private static readonly string[] SkippedFolders = ["bin", "obj", ".git", "node_modules", ".vs"];

    public static ScanFiles Resolve(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            return new ScanFiles(full, Enumerate([full]), []);
        }

        if (!File.Exists(full))
        {
            return new ScanFiles(full, [], [$"{path}: no such file or folder; give a folder, a .sln/.slnx or a .csproj."]);
        }

        var baseDir = Path.GetDirectoryName(full)!;
        var extension = Path.GetExtension(full).ToLowerInvariant();
        var errors = new List<string>();
        IReadOnlyList<string> projects = extension switch
        {
            ".csproj" => [full],
            ".sln" => SolutionProjects(full, errors),
            ".slnx" => SlnxProjects(full, errors),
            ".cs" => [],
            _ => [],
        };
        if (extension == ".cs")
        {
            return new ScanFiles(baseDir, [full], []);
        }

        if (extension is not (".csproj" or ".sln" or ".slnx"))
        {
            return new ScanFiles(baseDir, [], [$"{path}: not a folder, .sln, .slnx or .csproj."]);
        }

        var folders = projects.Select(p => Path.GetDirectoryName(p)!).Where(Directory.Exists).Distinct().ToList();
        return new ScanFiles(baseDir, Enumerate(folders), errors);
    }

    /// <summary>
    /// The project files PATH names, for <c>--msbuild</c>: a .csproj, a solution's C# projects, or every .csproj under a
    /// folder (bin/ and obj/ skipped). A solution's missing projects are errors here: MSBuild cannot load them.
    /// </summary>
    public static ScanFiles ResolveProjects(string path)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            var projects = Enumerate([full], "*.csproj");
            return new ScanFiles(full, projects, projects.Count == 0 ? [$"{path}: no .csproj under this folder."] : []);
        }

        var baseDir = Path.GetDirectoryName(full)!;
        var errors = new List<string>();
        IReadOnlyList<string> found = Path.GetExtension(full).ToLowerInvariant() switch
        {
            _ when !File.Exists(full) => [],
            ".csproj" => [full],
            ".sln" => SolutionProjects(full, errors),
            ".slnx" => SlnxProjects(full, errors),
            _ => [],
        };
        if (found.Count == 0 && errors.Count == 0)
        {
            errors.Add(File.Exists(full) ? $"{path}: not a folder, .sln, .slnx or .csproj." : $"{path}: no such file or folder; give a folder, a .sln/.slnx or a .csproj.");
        }

        return new ScanFiles(baseDir, found, errors);
    }

    private static IReadOnlyList<string> Enumerate(IReadOnlyList<string> folders, string pattern = "*.cs")
    {
        // A project nested under another's folder must not be parsed twice.
        var files = new SortedSet<string>(StringComparer.Ordinal);
        var options = new EnumerationOptions { RecurseSubdirectories = false, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.ReparsePoint };
        var stack = new Stack<string>(folders);
        while (stack.Count > 0)
        {
            var dir = stack.Pop();
            foreach (var file in Directory.EnumerateFiles(dir, pattern, options))
            {
                files.Add(file);
            }

            foreach (var sub in Directory.EnumerateDirectories(dir, "*", options))
            {
                if (!SkippedFolders.Contains(Path.GetFileName(sub), StringComparer.OrdinalIgnoreCase))
                {
                    stack.Push(sub);
                }
            }
        }

        return [.. files];
    }

    private static IReadOnlyList<string> SolutionProjects(string sln, List<string> errors)
    {
        var dir = Path.GetDirectoryName(sln)!;
        var projects = new List<string>();
        foreach (var line in File.ReadLines(sln))
        {
            var match = SlnProjectLine().Match(line);
            if (match.Success && match.Groups[1].Value.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
            {
                projects.Add(ProjectPath(dir, match.Groups[1].Value, sln, errors));
            }
        }

        return projects;
    }

    private static IReadOnlyList<string> SlnxProjects(string slnx, List<string> errors)
    {
        var dir = Path.GetDirectoryName(slnx)!;
        try
        {
            return [.. XDocument.Load(slnx).Descendants("Project")
                .Select(p => p.Attribute("Path")?.Value)
                .Where(p => p is not null && p.EndsWith(".csproj", StringComparison.OrdinalIgnoreCase))
                .Select(p => ProjectPath(dir, p!, slnx, errors))];
        }
        catch (System.Xml.XmlException e)
        {
            errors.Add($"{slnx}:{e.LineNumber}: not valid XML ({e.Message}); no projects read from it.");
            return [];
        }
    }

    private static string ProjectPath(string dir, string relative, string solution, List<string> errors)
    {
        var full = Path.GetFullPath(Path.Combine(dir, relative.Replace('\\', Path.DirectorySeparatorChar)));
        if (!File.Exists(full))
        {
            errors.Add($"{solution}: project {relative} does not exist; skipped.");
        }

        return full;
    }

    [GeneratedRegex("""^Project\("[^"]*"\)\s*=\s*"[^"]*",\s*"([^"]+)"\s*,""")]
    private static partial Regex SlnProjectLine();
}

/// <summary>The files to parse, the folder paths are shown relative to, and what could not be read.</summary>
internal sealed record ScanFiles(string BaseDirectory, IReadOnlyList<string> Files, IReadOnlyList<string> Errors);
