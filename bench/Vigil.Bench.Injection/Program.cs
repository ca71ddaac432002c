using Vigil.Detection.Injection;

string root = "/work/shared/corpora/injection";
string mode = args.Length > 0 ? args[0] : "misses";
string folder = args.Length > 1 ? args[1] : "sqli";
var kind = folder switch { "sqli" => InjectionKind.Sql, "xss" => InjectionKind.Xss, "command" => InjectionKind.Command, "traversal" => InjectionKind.PathTraversal, "nosql" => InjectionKind.NoSql, "ldap" => InjectionKind.Ldap, "xxe" => InjectionKind.Xxe, _ => InjectionKind.All };
if (mode == "check")
{
    string? line;
    while ((line = Console.ReadLine()) != null) Console.WriteLine($"{InjectionDetectors.Inspect(line, kind),-40} {line}");
    return;
}
if (mode == "misses")
{
    foreach (var f in Directory.GetFiles(Path.Combine(root, folder)).Order())
    {
        var lines = File.ReadAllLines(f).Where(l => l.Trim().Length > 0 && !l.StartsWith('#')).ToList();
        int hit = 0;
        foreach (var l in lines)
        {
            if (InjectionDetectors.Inspect(l, kind).IsAttack) hit++;
            else if (args.Length > 2) Console.WriteLine($"MISS {Path.GetFileName(f)}: {l}");
        }
        Console.WriteLine($"{Path.GetFileName(f),-60} {lines.Count,6} {hit,6} {100.0 * hit / Math.Max(1, lines.Count),6:F1}%");
    }
}
else
{
    foreach (var f in Directory.GetFiles(Path.Combine(root, "benign")))
    {
        foreach (var l in File.ReadAllLines(f).Where(l => l.Trim().Length > 0 && !l.StartsWith('#')))
        {
            var v = InjectionDetectors.Inspect(l, kind);
            if (v.IsAttack) Console.WriteLine($"FP {v}: {l}");
        }
    }
}
