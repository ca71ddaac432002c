using System.Globalization;
using Vigil.Bench.Injection;
using Vigil.Detection.Inputs.Decoding;
using Vigil.Detection.Injection;
using Vigil.Detection.Injection.Html;
using Vigil.Detection.Injection.Sql;

// Accuracy on the labelled corpora and on generated benign API traffic, beside libinjection in the same
// run, then throughput. Run in Release: dotnet run -c Release --project bench/Vigil.Bench.Injection
var options = BenchOptions.Parse(args);
if (args.Contains("--check"))
{
    // Diagnostic: judge each line of standard input and print the verdict (and the slow ones).
    for (string? line = Console.ReadLine(); line is not null; line = Console.ReadLine())
    {
        long start = System.Diagnostics.Stopwatch.GetTimestamp();
        InjectionVerdict verdict = InjectionDetectors.Inspect(line);
        double ms = System.Diagnostics.Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        Console.WriteLine($"{verdict,-40} {(ms > 5 ? $"[{ms:F0} ms] " : "")}{line}");
    }

    return 0;
}

string? root = Corpus.Locate(options.CorporaDirectory);
if (root is null)
{
    Console.WriteLine("Corpora not found: expected ../shared/corpora/injection beside the repository root (the folder with Vigil.slnx),");
    Console.WriteLine("or pass --corpora DIR. Nothing to measure; exiting.");
    return 0;
}

LibInjection? lib = LibInjection.TryLoad();
Console.WriteLine($"corpora: {root}");
Console.WriteLine(lib is null
    ? "libinjection: not available (install libmodsecurity3)"
    : "libinjection: loaded from libmodsecurity.so.3 (libinjection_sqli / libinjection_xss)");
Console.WriteLine("columns: vigil = the folder's detector, any = any Vigil detector, libinj = libinjection (sqli or xss by folder)");
Console.WriteLine("         on the same decoded forms Vigil sees, raw = libinjection on the value as sent (no decoding)");
Console.WriteLine();

var scoring = new Scoring(lib, options.Examples);
var folderTotals = new Dictionary<string, Score>();
var payloadTotals = new Dictionary<string, Score>();
foreach (string folder in Corpus.AttackFolders.Where(f => options.Only is null || f == options.Only))
{
    var files = Corpus.Load(root, folder);
    if (files.Count == 0)
    {
        continue;
    }

    Console.WriteLine($"== {folder}/ (detector: {Scoring.KindOf(folder)})");
    Report.AttackHeader();
    var scores = files.Select(f =>
    {
        if (options.Verbose)
        {
            Console.Error.WriteLine($"scoring {f.Folder}/{f.Name}");
        }

        return scoring.Attacks(f);
    }).ToList();
    scores.ForEach(s => Report.AttackRow(s));
    if (options.Verbose)
    {
        // Misses go to standard error so the table on standard output stays pasteable.
        foreach (Score s in scores.Where(s => s.Examples.Count > 0))
        {
            Console.Error.WriteLine($"missed in {s.Folder}/{s.Name} (first {s.Examples.Count}):");
            s.Examples.ForEach(e => Console.Error.WriteLine($"    {e}"));
        }
    }

    folderTotals[folder] = Score.Sum(folder, folder, scores);
    Report.AttackRow(folderTotals[folder], total: true);
    if (folder == "xss" && PayloadView(folder, files, scores) is { } payloadTotal)
    {
        payloadTotals[folder] = payloadTotal;
    }

    Console.WriteLine();
}

Console.WriteLine("== benign/ and generated API traffic (false positives, any Vigil detector; libinjection sqli or xss)");
var benignScores = Corpus.Load(root, "benign").Select(f => scoring.Benign("benign", f.Name, f.Payloads)).ToList();
List<string> generated = BenignTraffic.Generate(options.GeneratedValues, options.Seed);
Score generatedScore = scoring.Benign("generated", $"generated (Bogus, seed {options.Seed})", generated);
Report.BenignHeader();
benignScores.ForEach(Report.BenignRow);
Score benignTotal = Score.Sum("benign", "TOTAL benign/", benignScores);
Report.BenignRow(benignTotal);
Report.BenignRow(generatedScore);
var perRequest = scoring.PerRequest(generated);
Console.WriteLine($"  per request ({BenignTraffic.RequestSize} values each, {perRequest.Requests} requests): " +
                  $"vigil {perRequest.Vigil} ({Report.Rate(perRequest.Vigil, perRequest.Requests, 3)})" +
                  (perRequest.Lib is { } lr ? $", libinjection {lr} ({Report.Rate(lr, perRequest.Requests, 3)})" : ""));
foreach (Score s in benignScores.Append(generatedScore).Where(s => s.Examples.Count > 0))
{
    Console.WriteLine($"  Vigil false positives in {s.Name}:");
    s.Examples.ForEach(e => Console.WriteLine($"    {e}"));
}

if (generatedScore.LibExamples.Count > 0)
{
    Console.WriteLine($"  for comparison, values libinjection flags in {generatedScore.Name}:");
    generatedScore.LibExamples.ForEach(e => Console.WriteLine($"    {e}"));
}

Console.WriteLine();
var throughputResults = new List<Throughput.Result>();
if (options.Throughput)
{
    // Short values, as most query parameters, headers and JSON leaves are: 90% benign, 10% attacks.
    var attacks = new[] { "sqli", "xss" }.SelectMany(f => Corpus.Load(root, f)).SelectMany(f => f.Payloads).Where(p => p.Length <= 64).ToList();
    var benignShort = generated.Where(v => v.Length <= 64).ToList();
    var random = new Random(options.Seed);
    var mix = Enumerable.Range(0, 20_000).Select(i => i % 10 == 0 ? attacks[random.Next(attacks.Count)] : benignShort[random.Next(benignShort.Count)]).ToList();
    Console.WriteLine($"== throughput: one thread, {mix.Count} short values (<= 64 chars; 90% benign, 10% sqli/xss payloads), average length {mix.Average(v => v.Length):F1}");
    throughputResults.Add(Throughput.Measure("SqlInjectionDetector.Analyze", mix, v => SqlInjectionDetector.Analyze(v).IsAttack));
    throughputResults.Add(Throughput.Measure("XssDetector.Analyze", mix, v => XssDetector.Analyze(v).IsAttack));
    throughputResults.Add(Throughput.Measure("InjectionDetectors.Analyze (all detectors)", mix, v => InjectionDetectors.Analyze(v).IsAttack));
    throughputResults.Add(Throughput.Measure("DecodingPipeline.Decode", mix, v => DecodingPipeline.Decode(v).Count > 1));
    throughputResults.Add(Throughput.Measure("InjectionDetectors.Inspect (decode + all detectors)", mix, v => InjectionDetectors.Inspect(v).IsAttack));
    if (lib is not null)
    {
        throughputResults.Add(Throughput.Measure("libinjection_sqli (incl. UTF-8 encoding)", mix, lib.IsSqli));
    }

    throughputResults.ForEach(Throughput.Print);
    Console.WriteLine();
}

Console.WriteLine("== targets");
int benignValues = benignTotal.Lines + generatedScore.Lines;
int benignFalsePositives = benignTotal.Vigil + generatedScore.Vigil;
Score sqli = folderTotals.GetValueOrDefault("sqli") ?? new Score("sqli", "sqli", 0, 0, 0, null, null, []);
Score xss = folderTotals.GetValueOrDefault("xss") ?? new Score("xss", "xss", 0, 0, 0, null, null, []);
Report.Target("SQLi detection >= 90% of sqli/ payload lines", sqli.Lines > 0 && sqli.Vigil >= 0.90 * sqli.Lines, Report.Rate(sqli.Vigil, sqli.Lines));
Report.Target("XSS detection >= 95% of xss/ lines (all lines)", xss.Lines > 0 && xss.Vigil >= 0.95 * xss.Lines, Report.Rate(xss.Vigil, xss.Lines));
if (payloadTotals.GetValueOrDefault("xss") is { } xssPayload)
{
    Report.Target("XSS detection >= 95% of xss/ payload lines (rules above)", xssPayload.Vigil >= 0.95 * xssPayload.Lines,
        $"{Report.Rate(xssPayload.Vigil, xssPayload.Lines)} ({xssPayload.Vigil}/{xssPayload.Lines})");
}

Report.Target("false positives <= 0.1% of benign values (corpora + generated)", benignFalsePositives <= 0.001 * benignValues,
    $"{benignFalsePositives}/{benignValues} = {Report.Rate(benignFalsePositives, benignValues, 3)}");
Report.Target("fewer false positives than libinjection on benign/", benignTotal.Lib is { } libFp && benignTotal.Vigil < libFp,
    $"vigil {benignTotal.Vigil}, libinjection {(benignTotal.Lib?.ToString(CultureInfo.InvariantCulture) ?? "n/a")} (raw {(benignTotal.LibRaw?.ToString(CultureInfo.InvariantCulture) ?? "n/a")})");
var sqlSpeed = throughputResults.FirstOrDefault(r => r.Name.StartsWith("SqlInjectionDetector", StringComparison.Ordinal));
Report.Target(">= 1,000,000 short values/s per core (SQL injection detector)", sqlSpeed.ValuesPerSecond >= 1_000_000,
    options.Throughput ? $"{sqlSpeed.ValuesPerSecond.ToString("N0", CultureInfo.InvariantCulture)} values/s" : "not measured (--no-throughput)");
return 0;

// The payload-lines view (PayloadUnits) for xss/, where the issue sets its target: bare names and lone characters
// dropped, wrapped documents scored per vector. Rows only for files where it differs; returns its total.
Score? PayloadView(string folder, List<CorpusFile> files, List<Score> allLines)
{
    var units = files.Select(f => (File: f, Units: PayloadUnits.Of(f))).ToList();
    if (units.All(u => u.Units.Dropped == 0 && !PayloadUnits.IsWrappedDocument(u.File)))
    {
        return null;
    }

    Console.WriteLine($"-- {folder}/ payload lines: bare names and lone characters dropped, wrapped-vector documents scored per vector");
    Report.AttackHeader();
    var scores = new List<Score>();
    for (int i = 0; i < units.Count; i++)
    {
        var (file, (payloads, dropped)) = units[i];
        bool changed = dropped > 0 || PayloadUnits.IsWrappedDocument(file);
        Score score = changed ? scoring.Attacks(file with { Payloads = payloads }) : allLines[i];
        if (changed)
        {
            Report.AttackRow(score with { Name = PayloadUnits.IsWrappedDocument(file) ? $"{file.Name} (vectors)" : $"{file.Name} (-{dropped})" });
            if (options.Verbose && score.Examples.Count > 0)
            {
                Console.Error.WriteLine($"missed vectors in {folder}/{file.Name} (first {score.Examples.Count}):");
                score.Examples.ForEach(e => Console.Error.WriteLine($"    {e}"));
            }
        }

        scores.Add(score);
    }

    Score total = Score.Sum(folder, folder, scores);
    Report.AttackRow(total with { Folder = $"{folder}/ payload lines" }, total: true);
    return total;
}
