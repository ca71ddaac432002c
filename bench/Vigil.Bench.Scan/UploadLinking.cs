using System.Diagnostics;
using System.Text.RegularExpressions;
using Vigil.Collector.Scans;
using Vigil.Core.Findings;
using Vigil.Detection.Engine;
using Vigil.Masking;
using Vigil.Scan;

namespace Vigil.Bench.Scan;

/// <summary>
/// What <c>vigil scan --upload</c> gives the collector on the QR-ordering sample: the share of the endpoints its traffic
/// driver calls that meet a handler on route shape, and what linking costs per 1,000 runtime findings at ingest, beside
/// masking the same findings (which ingest does to every finding anyway) measured in the same run.
/// </summary>
internal static partial class UploadLinking
{
    private const int Findings = 1_000;
    private const int Rounds = 200;

    public static void Print(string root)
    {
        Console.WriteLine();
        Console.WriteLine("== Scan upload: route-shape matching and linking cost (QR-ordering sample) ==");
        var sample = Path.Combine(root, "samples", "Vigil.Samples.QrOrdering");
        var result = new Scanner(TimeProvider.System).Scan(Path.Combine(sample, "Vigil.Samples.QrOrdering.csproj"));
        var index = new ScanIndex(Document(result), DateTimeOffset.UnixEpoch);

        // The traffic driver's endpoint keys, as the SDK names them, read from its source.
        var known = KeyPattern().Matches(File.ReadAllText(Path.Combine(sample, "Traffic", "DemoEndpoints.cs"))).Select(m => m.Groups[1].Value).ToList();
        var matched = known.Where(k => index.Find(k) is not null).ToList();
        Console.WriteLine($"traffic-driver endpoints matched to a handler by route shape: {matched.Count}/{known.Count} ({100.0 * matched.Count / known.Count:0.0}%)");
        foreach (var missed in known.Except(matched))
        {
            Console.WriteLine($"  not matched: {missed}");
        }

        var linker = new FindingLinker(RuleCatalog.Default.Descriptors);
        var masker = new Masker();
        var findings = Runtime(known);
        var escalated = findings.Count(f => linker.Link(f, index).Threat != f.Threat);
        var linked = findings.Count(f => linker.Link(f, index).Source is not null);
        var link = Measure(() => Checksum(findings.Select(f => linker.Link(f, index))));
        var mask = Measure(() => Checksum(findings.Select(f => f with { Message = masker.MaskText(f.Message!), Evidence = masker.MaskText(f.Evidence!) })));
        Console.WriteLine($"{Findings:N0} runtime findings over {known.Count} endpoints + 1 unknown: {linked} linked to a handler, {escalated} escalated to high");
        Console.WriteLine($"linking: {link.Wall:0.000} ms wall, {link.Cpu:0.000} ms CPU per 1,000 findings; masking the same findings: {mask.Wall:0.000} ms wall — linking costs {link.Wall / mask.Wall:0.00}x masking");
    }

    private static ScanDocument Document(ScanResult result) => new(
        "QrOrdering",
        result.Files,
        result.Lines,
        [.. result.Endpoints.Select(e => new ScannedEndpoint(e.Methods, e.Route, e.Handler, e.Source.File, e.Source.Line, e.Auth.ToString().ToLowerInvariant()))],
        [.. result.Findings.Select(f => new ScannedFinding(f.RuleId, f.Title, f.Threat.ToString().ToLowerInvariant(), result.Rules.FirstOrDefault(r => r.Id == f.RuleId)?.Cwe, f.Endpoint, f.Source?.File, f.Source?.Line ?? 0, f.Message))]);

    // A mix ingest sees: SQL injection attempts, unauthenticated data, sequential ids, missing headers; one endpoint in ten unknown to the code.
    private static List<Finding> Runtime(List<string> endpoints)
    {
        string[] rules = ["VG1001", "VG1101", "VG1301", "VG1202"];
        var titles = RuleCatalog.Default.Descriptors.ToDictionary(d => d.Id, d => (d.Title, d.DefaultThreat));
        return [.. Enumerable.Range(0, Findings).Select(i =>
        {
            // Every rule meets every endpoint (the stride is the endpoint count), so code findings get their escalations.
            var rule = rules[i / endpoints.Count % rules.Length];
            return new Finding
            {
                RuleId = rule,
                Title = titles[rule].Title,
                Threat = titles[rule].DefaultThreat,
                Endpoint = i % 10 == 9 ? "GET /api/not-in-code/{id}" : endpoints[i % endpoints.Count],
                Location = "query.q",
                Message = $"pattern seen in query.q of request {i}",
                Evidence = $"q=' OR 1=1-- user{i}@example.test",
            };
        })];
    }

    private static (double Wall, double Cpu) Measure(Func<int> work)
    {
        _ = work(); // warm
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var sum = 0;
        for (var i = 0; i < Rounds; i++)
        {
            sum += work();
        }

        var wall = watch.Elapsed.TotalMilliseconds / Rounds;
        GC.KeepAlive(sum);
        return (wall, (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / Rounds);
    }

    private static int Checksum(IEnumerable<Finding> findings) => findings.Sum(f => (int)f.Threat + (f.Source?.Line ?? 0));

    [GeneratedRegex("= \"([A-Z]+ /[^\"]*)\";")]
    private static partial Regex KeyPattern();
}
