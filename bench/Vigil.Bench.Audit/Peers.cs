using System.Diagnostics;
using System.Reflection;
using System.Text.Json;

namespace Vigil.Bench.Audit;

/// <summary>The three tools, each started the way a CI job would start it, over the same list of files.</summary>
internal sealed class Peers(string tools, string work)
{
    private static readonly TimeSpan VigilTimeout = TimeSpan.FromMinutes(30);

    public ToolRun Vigil(IReadOnlyList<string> files, string label)
    {
        var list = Path.Combine(work, $"vigil-{label}.txt");
        var output = Path.Combine(work, $"vigil-{label}.tsv");
        File.WriteAllLines(list, files);
        // This harness, started again in worker mode: the same process start cost a user's `vigil audit` pays.
        var self = Assembly.GetEntryAssembly()!.Location;
        var (seconds, peak, completed, exit, stderr) = ChildProcess.Run("dotnet", [self, "worker", list, output], VigilTimeout);
        if (exit != 0)
        {
            Console.Error.WriteLine(stderr.Length > 2000 ? stderr[..2000] : stderr);
        }

        var run = new ToolRun("vigil audit", files.Count, seconds, peak, completed, exit);
        foreach (var line in completed ? File.ReadLines(output) : [])
        {
            var parts = line.Split('\t');
            if (parts[0] == "#summary")
            {
                foreach (var kv in parts.Skip(1).Select(p => p.Split('=')))
                {
                    run.Summary[kv[0]] = int.Parse(kv[1], System.Globalization.CultureInfo.InvariantCulture);
                }
            }
            else if (parts.Length >= 2)
            {
                Rules(run, parts[0]).Add(parts[1]);
            }
        }

        return run;
    }

    public ToolRun Spectral(IReadOnlyList<string> files, TimeSpan timeout)
    {
        var ruleset = Path.Combine(tools, ".spectral-owasp.yaml");
        File.WriteAllText(ruleset, "extends: [\"@stoplight/spectral-owasp-ruleset\"]\n");
        var output = Path.Combine(work, "spectral.json");
        File.Delete(output);
        var cli = Path.Combine(tools, "node_modules", "@stoplight", "spectral-cli", "dist", "index.js");
        string[] args = [cli, "lint", "--ruleset", ruleset, "--format", "json", "--output", output, "--quiet", "--ignore-unknown-format", .. files];
        var (seconds, peak, completed, exit, stderr) = ChildProcess.Run("node", args, timeout);
        var run = new ToolRun("spectral (owasp)", files.Count, seconds, peak, completed, exit)
        {
            Note = completed ? null : $"timed out after {timeout.TotalSeconds:N0} s",
        };
        if (!completed || !File.Exists(output))
        {
            if (completed) Console.Error.WriteLine("spectral wrote no output: " + stderr);
            return run;
        }

        using var doc = JsonDocument.Parse(File.ReadAllBytes(output));
        foreach (var result in doc.RootElement.EnumerateArray())
        {
            if (result.TryGetProperty("source", out var source) && result.TryGetProperty("code", out var code))
            {
                Rules(run, Path.GetFullPath(source.GetString()!)).Add(code.GetString()!);
            }
        }

        return run;
    }

    /// <summary>Spectral once per file, each with its own timeout; files that time out are left out of the results.</summary>
    public ToolRun SpectralPerFile(IReadOnlyList<string> files, TimeSpan perFile)
    {
        double seconds = 0, peak = 0;
        var results = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var timedOut = 0;
        foreach (var file in files)
        {
            var run = Spectral([file], perFile);
            seconds += run.Seconds;
            peak = Math.Max(peak, run.PeakMb);
            if (!run.Completed)
            {
                timedOut++;
                continue;
            }

            // A file Spectral linted cleanly has no entry; record it as "ran, found nothing".
            results[Path.GetFullPath(file)] = run.Results.Values.FirstOrDefault() ?? new HashSet<string>(StringComparer.Ordinal);
        }

        return new ToolRun("spectral per file", files.Count, seconds, peak, true, 0)
        {
            Results = results,
            Note = $"{timedOut} file(s) timed out",
        };
    }

    public ToolRun Redocly(IReadOnlyList<string> files, TimeSpan timeout)
    {
        var cli = Path.Combine(tools, "node_modules", "@redocly", "cli", "bin", "cli.js");
        var output = Path.Combine(work, "redocly.json");
        string[] args = [cli, "lint", "--format", "json", .. files];
        var (seconds, peak, completed, exit, stderr) = ChildProcess.Run("node", args, timeout, output);
        if (completed && new FileInfo(output).Length == 0)
        {
            Console.Error.WriteLine("redocly wrote no output: " + (stderr.Length > 2000 ? stderr[..2000] : stderr));
        }

        return new ToolRun("redocly lint", files.Count, seconds, peak, completed, exit)
        {
            Note = completed ? null : $"timed out after {timeout.TotalSeconds:N0} s",
        };
    }

    private static HashSet<string> Rules(ToolRun run, string file)
    {
        if (!run.Results.TryGetValue(file, out var set))
        {
            set = new HashSet<string>(StringComparer.Ordinal);
            run.Results[file] = set;
        }

        return set;
    }
}
