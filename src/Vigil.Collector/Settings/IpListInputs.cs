using System.Text.RegularExpressions;
using Vigil.Dashboard;
using Vigil.Detection.Reputation;

namespace Vigil.Collector.Settings;

/// <summary>
/// Checks an uploaded IP list with the <c>--ip-list</c> parser (same format, same line bounds, every bad line at
/// once). Uploads are smaller than the server's files: each is kept in the database and compiled per project.
/// </summary>
internal static partial class IpListInputs
{
    /// <summary>4 MiB of text: about 200,000 networks, more than a full Tor exit and cloud-range export.</summary>
    public const int MaxChars = 4 * 1024 * 1024;

    public const int MaxListsPerProject = 10;

    /// <summary>
    /// Networks across all of a project's lists. A project's lists are compiled when its first event arrives after a
    /// change, on the ingest path: ten full-size lists (3.8 million lines) took 5 s and 1.2 GB there. 100,000 compile
    /// in a fraction of a second and still hold a Tor exit list plus a cloud provider's ranges.
    /// </summary>
    public const int MaxEntriesPerProject = 100_000;

    public static string DefaultCategory(string listName) => Path.GetFileNameWithoutExtension(listName).ToLowerInvariant();

    /// <returns>The number of networks, and every problem.</returns>
    public static (int Entries, List<SettingProblem> Problems) Check(string name, string content)
    {
        var problems = new List<SettingProblem>();
        if (!ListName().IsMatch(name))
        {
            problems.Add(new("name", "must be 1-64 letters, digits, '-', '_' or '.'"));
        }

        if (content.Length > MaxChars)
        {
            problems.Add(new("content", $"a list is at most {MaxChars / (1024 * 1024)} MiB of text; split it"));
            return (0, problems);
        }

        using var reader = new StringReader(content);
        var (entries, errors) = IpListParser.Parse(name, reader, DefaultCategory(name));
        problems.AddRange(errors.Select(e => new SettingProblem("content", $"line {e.Line}: {e.Message}")));
        if (errors.Count >= IpListParser.MaxErrors)
        {
            problems.Add(new("content", $"stopped after {IpListParser.MaxErrors} bad lines; is this a list of addresses?"));
        }

        if (entries.Count == 0 && errors.Count == 0)
        {
            problems.Add(new("content", "holds no address or network; delete the list instead"));
        }

        return (entries.Count, problems);
    }

    [GeneratedRegex("^[A-Za-z0-9._-]{1,64}$")]
    public static partial Regex ListName();
}
