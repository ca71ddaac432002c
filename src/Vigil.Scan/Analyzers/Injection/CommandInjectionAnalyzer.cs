using Vigil.Core.Findings;
using Vigil.Scan.Taint;

namespace Vigil.Scan.Analyzers.Injection;

internal sealed class CommandInjectionAnalyzer : TaintAnalyzer
{
    public static readonly RuleDescriptor Rule = new(
        "VG4002",
        "OS command injection: request data in a process command line",
        "Injection",
        ThreatLevel.High,
        "CWE-78",
        "API8:2023",
        "Do not start processes with request data; if unavoidable, pick the program from a fixed list and pass each value through ProcessStartInfo.ArgumentList, never a joined argument string.");

    public override RuleDescriptor Descriptor => Rule;

    protected override SinkKind Kind => SinkKind.Command;

    protected override string Consequence => "the client can run programs on the server";
}
