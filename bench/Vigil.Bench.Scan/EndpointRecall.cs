using Vigil.Scan;

namespace Vigil.Bench.Scan;

/// <summary>
/// Endpoint-discovery recall on apps whose endpoint list was written by hand from their routing code: Apps/*/endpoints.txt
/// (the app is its folder) and Apps/*.endpoints.txt (<c># path:</c> names the folder, e.g. the QR-ordering sample).
/// Extra endpoints the scanner reports are printed too, as they would be false discoveries.
/// </summary>
internal static class EndpointRecall
{
    public static void Print(Scanner scanner, string root, string here)
    {
        Console.WriteLine();
        Console.WriteLine("== Endpoint discovery recall ==");
        Console.WriteLine($"{"app",-16} {"known",5} {"found",5} {"extra",5}  recall");
        int known = 0, found = 0;
        foreach (var (name, folder, list) in Apps(root, Path.Combine(here, "Apps")))
        {
            var result = scanner.Scan(folder);
            var keys = result.Endpoints.SelectMany(e => e.Keys).ToHashSet(StringComparer.Ordinal);
            var hit = list.Count(keys.Contains);
            var extra = keys.Count(k => !list.Contains(k));
            known += list.Count;
            found += hit;
            Console.WriteLine($"{name,-16} {list.Count,5} {hit,5} {extra,5}  {Accuracy.Percent((double)hit / list.Count)}");
            foreach (var missing in list.Where(k => !keys.Contains(k)))
            {
                Console.WriteLine($"    missed {missing}");
            }

            foreach (var surplus in keys.Where(k => !list.Contains(k)))
            {
                Console.WriteLine($"    extra  {surplus}");
            }
        }

        Console.WriteLine($"{"all",-16} {known,5} {found,5} {"",5}  {Accuracy.Percent((double)found / known)}");
    }

    private static IEnumerable<(string Name, string Folder, HashSet<string> Known)> Apps(string root, string apps)
    {
        foreach (var file in Directory.EnumerateFiles(apps, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var lines = File.ReadAllLines(file);
            var path = lines.FirstOrDefault(l => l.StartsWith("# path:", StringComparison.Ordinal))?["# path:".Length..].Trim();
            var folder = path is null ? Path.GetDirectoryName(file)! : Path.Combine(root, path);
            var name = path is null ? Path.GetFileName(folder) : Path.GetFileName(file).Split('.')[0];
            yield return (name, folder, lines.Where(l => l.Length > 0 && !l.StartsWith('#')).Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal));
        }
    }
}
