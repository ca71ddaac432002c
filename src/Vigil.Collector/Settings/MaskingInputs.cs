using Vigil.Dashboard;
using Vigil.Masking.Patterns;

namespace Vigil.Collector.Settings;

/// <summary>Checks a project's extra masking names and value patterns: bounded in count and size, patterns compiled.</summary>
internal static class MaskingInputs
{
    public const int MaxNames = 100;

    public const int MaxNameChars = 64;

    public static List<SettingProblem> Check(IReadOnlyList<string> names, IReadOnlyList<string> patterns)
    {
        var problems = new List<SettingProblem>();
        if (names.Count > MaxNames)
        {
            problems.Add(new("names", $"at most {MaxNames} names, not {names.Count}"));
        }

        for (var i = 0; i < names.Count && i < MaxNames; i++)
        {
            if (string.IsNullOrWhiteSpace(names[i]) || names[i].Length > MaxNameChars || names[i].Any(char.IsControl))
            {
                problems.Add(new($"names[{i}]", $"a name is 1-{MaxNameChars} characters on one line"));
            }
        }

        var (_, bad) = CustomValuePatterns.Compile(patterns);
        problems.AddRange(bad.Select(p => p.StartsWith("patterns[", StringComparison.Ordinal)
            ? new SettingProblem(p[..(p.IndexOf(']', StringComparison.Ordinal) + 1)], p[(p.IndexOf(':', StringComparison.Ordinal) + 2)..])
            : new SettingProblem("patterns", p)));
        return problems;
    }

    /// <summary>Trimmed, without blanks and repeats: a form's text area gives one per line.</summary>
    public static string[] Clean(IEnumerable<string?>? lines) =>
        [.. (lines ?? []).Select(l => l?.Trim() ?? "").Where(l => l.Length > 0).Distinct(StringComparer.Ordinal)];
}
