using Vigil.Audit;
using Vigil.OpenApi;

namespace Vigil.Bench.Audit;

/// <summary>
/// The Vigil side of the race, in a child process like the peers: load and audit each listed document, write one
/// <c>file\truleId</c> line per rule that fired on it, and a summary line. An exception escaping the library is a crash.
/// </summary>
internal static class VigilWorker
{
    public static int Run(string listFile, string outFile)
    {
        var auditor = new OpenApiAuditor();
        // VIGIL_BENCH_PHASES=1 prints load and audit time per document, to see where a slow one spends it.
        var phases = Environment.GetEnvironmentVariable("VIGIL_BENCH_PHASES") == "1";
        int loadErrors = 0, unloadable = 0, checkFailures = 0, crashes = 0, findings = 0;
        using var output = new StreamWriter(outFile);
        foreach (var file in File.ReadLines(listFile))
        {
            try
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var loaded = OpenApiDocumentLoader.Load(file);
                var loadMs = clock.Elapsed.TotalMilliseconds;
                if (loaded.Document is null)
                {
                    unloadable++;
                    output.WriteLine($"{file}\t!unloadable\t{loaded.Errors.FirstOrDefault()?.Message}");
                    continue;
                }

                if (loaded.Errors.Count > 0)
                {
                    loadErrors++;
                }

                var result = auditor.Audit(loaded);
                if (phases)
                {
                    Console.Error.WriteLine($"{Path.GetFileName(file)}: load {loadMs:N0} ms, audit {clock.Elapsed.TotalMilliseconds - loadMs:N0} ms, {result.Findings.Count} findings");
                }

                findings += result.Findings.Count;
                checkFailures += result.Findings.Count(f => f.RuleId == OpenApiAuditor.CheckFailure.Id);
                foreach (var rule in result.Findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal))
                {
                    output.WriteLine($"{file}\t{rule}");
                }
            }
#pragma warning disable CA1031 // Counting crashes is the point.
            catch (Exception e)
#pragma warning restore CA1031
            {
                crashes++;
                Console.Error.WriteLine($"CRASH {file}: {e}");
            }
        }

        output.WriteLine($"#summary\tloadErrors={loadErrors}\tunloadable={unloadable}\tcheckFailures={checkFailures}\tcrashes={crashes}\tfindings={findings}");
        return crashes == 0 ? 0 : 1;
    }
}
