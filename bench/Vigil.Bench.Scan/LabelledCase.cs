namespace Vigil.Bench.Scan;

/// <summary>
/// One file of Cases/: its first line says <c>// vuln VG4001</c> (the rule must fire in this file) or <c>// safe VG4001</c>
/// (it must not). Paths are relative to Cases/, as the scanner reports them.
/// </summary>
internal sealed record LabelledCase(string File, bool Vulnerable, string RuleId)
{
    public static IReadOnlyList<LabelledCase> Load(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Select(f => (File: Path.GetRelativePath(folder, f).Replace('\\', '/'), Head: System.IO.File.ReadLines(f).First().Split(' ', StringSplitOptions.RemoveEmptyEntries)))
            .Where(c => c.Head is ["//", "vuln" or "safe", _])
            .Select(c => new LabelledCase(c.File, c.Head[1] == "vuln", c.Head[2]))
            .OrderBy(c => c.File, StringComparer.Ordinal)];
}
