namespace Vigil.Bench.Audit;

/// <summary>A deterministic sample: every k-th document in path order, so reruns and peers see the same files.</summary>
internal static class Sample
{
    public static List<string> Every(IReadOnlyList<string> files, int size)
    {
        var step = Math.Max(1, files.Count / Math.Max(1, size));
        return [.. files.Where((_, i) => i % step == 0).Take(size)];
    }

    public static double Megabytes(IEnumerable<string> files) => files.Sum(f => new FileInfo(f).Length) / 1e6;
}
