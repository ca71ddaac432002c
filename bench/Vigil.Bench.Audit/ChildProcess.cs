using System.Diagnostics;
using System.Globalization;

namespace Vigil.Bench.Audit;

/// <summary>Runs a command to completion or timeout, sampling its peak resident set (VmHWM) from /proc while it runs.</summary>
internal static class ChildProcess
{
    public static (double Seconds, double PeakMb, bool Completed, int ExitCode, string Stderr) Run(string file, IEnumerable<string> args, TimeSpan timeout, string? stdoutFile = null)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        // The peers would otherwise try to reach the network for telemetry and update notices.
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        start.Environment["DOTNET_gcServer"] = "0";
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = stdoutFile is null ? process.StandardOutput.ReadToEndAsync() : CopyAsync(process.StandardOutput, stdoutFile);
        var stderr = process.StandardError.ReadToEndAsync();
        long peakKb = 0;
        var completed = true;
        while (!process.WaitForExit(20))
        {
            peakKb = Math.Max(peakKb, PeakKb(process.Id));
            if (clock.Elapsed > timeout)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                completed = false;
                break;
            }
        }

        var seconds = clock.Elapsed.TotalSeconds;
        stdout.Wait();
        return (seconds, peakKb / 1024.0, completed, completed ? process.ExitCode : -1, stderr.Result);
    }

    private static async Task<string> CopyAsync(StreamReader reader, string path)
    {
        await using var file = File.CreateText(path);
        await file.WriteAsync(await reader.ReadToEndAsync().ConfigureAwait(false)).ConfigureAwait(false);
        return "";
    }

    private static long PeakKb(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line.AsSpan(6).Trim().TrimEnd("kB").Trim(), CultureInfo.InvariantCulture);
                }
            }
        }
        catch (IOException)
        {
            // The process ended between the check and the read.
        }

        return 0;
    }
}
