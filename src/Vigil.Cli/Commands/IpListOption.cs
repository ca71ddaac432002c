using System.CommandLine;
using Vigil.Detection.Engine;
using Vigil.Detection.Reputation;

namespace Vigil.Cli.Commands;

/// <summary>
/// <c>--ip-list FILE</c>, repeatable: offline reputation lists (one address or CIDR per line, optional category).
/// A line without a category takes the file's name (<c>tor.txt</c> → <c>tor</c>). Every bad line of every file is
/// reported before anything starts.
/// </summary>
internal static class IpListOption
{
    /// <summary>The largest public lists (all Tor relays, big cloud ranges) are a few MiB; far more is a mistake.</summary>
    private const long MaxFileBytes = 64L * 1024 * 1024;

    public static Option<FileInfo[]> Create() => new("--ip-list")
    {
        Description = "Reputation list: one IP or CIDR per line, optional category (tor, scanner, denylist, …); repeatable",
        DefaultValueFactory = _ => [],
    };

    /// <summary>The detection settings with the lists loaded, or null after printing every problem to stderr.</summary>
    public static DetectionSettings? Load(IReadOnlyList<FileInfo> files)
    {
        var entries = new List<IpReputationEntry>();
        var errors = new List<string>();
        foreach (var file in files)
        {
            if (!file.Exists)
            {
                errors.Add($"{file.FullName}: no such file");
                continue;
            }

            if (file.Length > MaxFileBytes)
            {
                errors.Add($"{file.FullName}: {file.Length:N0} bytes is over the {MaxFileBytes / (1024 * 1024)} MiB a reputation list may have");
                continue;
            }

            try
            {
                using var reader = file.OpenText();
                var (read, bad) = IpListParser.Parse(file.Name, reader, Path.GetFileNameWithoutExtension(file.Name).ToLowerInvariant());
                entries.AddRange(read);
                errors.AddRange(bad.Select(e => e.ToString()));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add($"{file.FullName}: cannot be read ({e.Message})");
            }
        }

        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                Console.Error.WriteLine($"error: {error}");
            }

            Console.Error.WriteLine("Fix the reputation list(s) above: each line is an address or CIDR network, then an optional category.");
            return null;
        }

        return DetectionSettings.Default with { IpReputation = IpReputationList.From(entries) };
    }
}
