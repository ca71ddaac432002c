using Vigil.Detection.Inputs.Decoding;
using Vigil.Detection.Injection;

namespace Vigil.Bench.Injection;

/// <summary>
/// Counts for one set of values: Vigil with the folder's detector, Vigil with any, libinjection. Examples are
/// Vigil's misses for attack files and Vigil's false positives for benign sets.
/// </summary>
internal sealed record Score(string Folder, string Name, int Lines, int Vigil, int VigilAny, int? Lib, int? LibRaw, List<string> Examples)
{
    /// <summary>A few values libinjection flagged, for comparison with <see cref="Examples"/>.</summary>
    public List<string> LibExamples { get; init; } = [];

    public static Score Sum(string folder, string name, IReadOnlyCollection<Score> parts) => new(
        folder, name, parts.Sum(p => p.Lines), parts.Sum(p => p.Vigil), parts.Sum(p => p.VigilAny),
        parts.All(p => p.Lib.HasValue) ? parts.Sum(p => p.Lib!.Value) : null,
        parts.All(p => p.LibRaw.HasValue) ? parts.Sum(p => p.LibRaw!.Value) : null,
        []);
}

/// <summary>
/// Runs Vigil and libinjection on the same inputs. Vigil inspects the value and its decoded forms
/// (<see cref="InjectionDetectors.Inspect"/>); libinjection is given the same decoded forms ("libinj") and,
/// for reference, only the raw value ("libinj raw"), since libinjection does no decoding of its own.
/// </summary>
internal sealed class Scoring(LibInjection? lib, int maxExamples)
{
    public static InjectionKind KindOf(string folder) => folder switch
    {
        "sqli" => InjectionKind.Sql,
        "xss" => InjectionKind.Xss,
        "command" => InjectionKind.Command,
        "traversal" => InjectionKind.PathTraversal,
        "nosql" => InjectionKind.NoSql,
        "ldap" => InjectionKind.Ldap,
        "xxe" => InjectionKind.Xxe,
        _ => InjectionKind.All,
    };

    public Score Attacks(CorpusFile file)
    {
        InjectionKind kind = KindOf(file.Folder);
        Func<string, bool>? libDetector = lib is null ? null : file.Folder switch
        {
            "sqli" => lib.IsSqli,
            "xss" => lib.IsXss,
            _ => null,
        };
        int vigil = 0, any = 0, libHits = 0, libRaw = 0;
        var misses = new List<string>();
        foreach (string line in file.Payloads)
        {
            bool hit = InjectionDetectors.Inspect(line, kind).IsAttack;
            vigil += hit ? 1 : 0;
            if (!hit && misses.Count < maxExamples)
            {
                misses.Add(Shorten(line));
            }

            any += InjectionDetectors.Inspect(line).IsAttack ? 1 : 0;
            if (libDetector is not null)
            {
                libHits += AnyVariant(line, libDetector) ? 1 : 0;
                libRaw += libDetector(line) ? 1 : 0;
            }
        }

        return new Score(file.Folder, file.Name, file.Payloads.Count, vigil, any,
            libDetector is null ? null : libHits, libDetector is null ? null : libRaw, misses);
    }

    public Score Benign(string folder, string name, IReadOnlyList<string> values)
    {
        int vigil = 0, libHits = 0, libRaw = 0;
        var examples = new List<string>();
        var libExamples = new List<string>();
        foreach (string value in values)
        {
            InjectionVerdict verdict = InjectionDetectors.Inspect(value);
            if (verdict.IsAttack)
            {
                vigil++;
                if (examples.Count < maxExamples)
                {
                    examples.Add($"{verdict.Kind}/{verdict.Reason}@{verdict.Context}: {Shorten(value)}");
                }
            }

            if (lib is not null)
            {
                bool flagged = AnyVariant(value, v => lib.IsSqli(v) || lib.IsXss(v));
                libHits += flagged ? 1 : 0;
                libRaw += lib.IsSqli(value) || lib.IsXss(value) ? 1 : 0;
                if (flagged && libExamples.Count < maxExamples)
                {
                    libExamples.Add(Shorten(value));
                }
            }
        }

        return new Score(folder, name, values.Count, vigil, vigil, lib is null ? null : libHits, lib is null ? null : libRaw, examples)
        {
            LibExamples = libExamples,
        };
    }

    /// <summary>Requests of <see cref="BenignTraffic.RequestSize"/> consecutive values with at least one flagged value.</summary>
    public (int Requests, int Vigil, int? Lib) PerRequest(IReadOnlyList<string> values)
    {
        int requests = 0, vigil = 0, libHits = 0;
        for (int i = 0; i < values.Count; i += BenignTraffic.RequestSize)
        {
            var request = values.Skip(i).Take(BenignTraffic.RequestSize).ToList();
            requests++;
            vigil += request.Any(v => InjectionDetectors.Inspect(v).IsAttack) ? 1 : 0;
            if (lib is not null)
            {
                libHits += request.Any(v => AnyVariant(v, x => lib.IsSqli(x) || lib.IsXss(x))) ? 1 : 0;
            }
        }

        return (requests, vigil, lib is null ? null : libHits);
    }

    private static bool AnyVariant(string value, Func<string, bool> detector)
    {
        foreach (string variant in DecodingPipeline.Decode(value))
        {
            if (detector(variant))
            {
                return true;
            }
        }

        return false;
    }

    private static string Shorten(string value)
    {
        string flat = value.Replace('\n', ' ').Replace('\r', ' ');
        return flat.Length > 110 ? flat[..107] + "..." : flat;
    }
}
