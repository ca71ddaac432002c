using System.Diagnostics;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Vigil.Bench.Scan;

/// <summary>
/// Security Code Scan (NuGet <c>SecurityCodeScan.VS2019</c>, the version pinned in Directory.Packages.props) run as an
/// analyzer during a <c>dotnet build</c> of the same case files, in a scratch project under /tmp. Stubs/ gives it the
/// third-party types (ADO.NET providers, EF Core, Dapper, DirectoryServices, Newtonsoft) under their real namespaces, so the
/// peer sees resolved symbols as it would in a restored project — the best input it can have. Warnings are mapped to our ids.
/// </summary>
internal sealed partial class SecurityCodeScanPeer
{
    // SCS rule → the Vigil rule measuring the same flaw. SCS has no SSRF rule.
    private static readonly Dictionary<string, string> RuleMap = new(StringComparer.Ordinal)
    {
        ["SCS0002"] = "VG4001", ["SCS0001"] = "VG4002", ["SCS0018"] = "VG4003", ["SCS0027"] = "VG4005",
        ["SCS0026"] = "VG4006", ["SCS0031"] = "VG4006", ["SCS0003"] = "VG4007", ["SCS0028"] = "VG4008",
    };

    private SecurityCodeScanPeer(string name, HashSet<(string File, string RuleId)> flagged)
    {
        Name = name;
        Flagged = flagged;
    }

    public string Name { get; }

    public HashSet<(string File, string RuleId)> Flagged { get; }

    public static SecurityCodeScanPeer? Run(string here, string casesFolder, IReadOnlyList<LabelledCase> cases)
    {
        var version = XDocument.Load(Path.Combine(BenchPaths.Root(), "Directory.Packages.props")).Descendants("PackageVersion")
            .FirstOrDefault(p => (string?)p.Attribute("Include") == "SecurityCodeScan.VS2019")?.Attribute("Version")?.Value;
        if (version is null)
        {
            Console.Error.WriteLine("SecurityCodeScan.VS2019 is not pinned in Directory.Packages.props; peer skipped.");
            return null;
        }

        var work = Path.Combine(Path.GetTempPath(), $"scan-bench-scs-{Environment.ProcessId}");
        Directory.CreateDirectory(work);
        try
        {
            CopyTree(casesFolder, Path.Combine(work, "Cases"));
            CopyTree(Path.Combine(here, "Stubs"), Path.Combine(work, "Stubs"));
            File.WriteAllText(Path.Combine(work, "Directory.Build.props"), "<Project />");
            File.WriteAllText(Path.Combine(work, "Directory.Packages.props"), "<Project />");
            File.WriteAllText(Path.Combine(work, "ScsCases.csproj"), $"""
                <Project Sdk="Microsoft.NET.Sdk.Web">
                  <PropertyGroup>
                    <TargetFramework>net10.0</TargetFramework>
                    <OutputType>Library</OutputType>
                    <Nullable>disable</Nullable>
                    <ImplicitUsings>enable</ImplicitUsings>
                    <TreatWarningsAsErrors>false</TreatWarningsAsErrors>
                    <NoWarn>CS8019;CS0168;CS0219;CS1998;CS8321;ASP0000</NoWarn>
                    <NuGetAudit>false</NuGetAudit>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="SecurityCodeScan.VS2019" Version="{version}" PrivateAssets="all" />
                  </ItemGroup>
                </Project>
                """);
            var watch = Stopwatch.StartNew();
            var output = Build(work);
            var flagged = new HashSet<(string, string)>();
            var errors = 0;
            foreach (Match m in Diagnostic().Matches(output))
            {
                var file = Path.GetRelativePath(Path.Combine(work, "Cases"), m.Groups["file"].Value).Replace('\\', '/');
                if (m.Groups["id"].Value.StartsWith("CS", StringComparison.Ordinal) && m.Groups["kind"].Value == "error")
                {
                    errors++;
                }
                else if (RuleMap.TryGetValue(m.Groups["id"].Value, out var rule))
                {
                    flagged.Add((file, rule));
                }
            }

            var name = $"Security Code Scan {version}";
            Console.WriteLine($"{name}: built the cases in {watch.Elapsed.TotalSeconds:0.0}s, {flagged.Count} (file, rule) hits, {errors} compiler errors");
            if (errors > 0)
            {
                Console.WriteLine("  (compiler errors leave symbols unresolved for the peer; see the stubs)");
                foreach (var line in output.Split('\n').Where(l => l.Contains("error CS", StringComparison.Ordinal)).Distinct().Take(5))
                {
                    Console.WriteLine("  " + line.Trim());
                }
            }

            _ = cases;
            return new SecurityCodeScanPeer(name, flagged);
        }
        finally
        {
            try
            {
                Directory.Delete(work, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }

    private static string Build(string work)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = work, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in (string[])["build", "ScsCases.csproj", "--nologo", "-v:q", "-clp:NoSummary", "-p:RunAnalyzers=true", "-nodeReuse:false"])
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return stdout.Result + stderr.Result;
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*.cs", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
        }
    }

    [GeneratedRegex(@"^(?<file>[^\r\n(]+\.cs)\(\d+,\d+\): (?<kind>warning|error) (?<id>[A-Z]+\d+):", RegexOptions.Multiline)]
    private static partial Regex Diagnostic();
}
