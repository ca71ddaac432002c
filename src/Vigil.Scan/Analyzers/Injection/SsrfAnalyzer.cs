using Vigil.Core.Findings;
using Vigil.Scan.Taint;

namespace Vigil.Scan.Analyzers.Injection;

internal sealed class SsrfAnalyzer : TaintAnalyzer
{
    public static readonly RuleDescriptor Rule = new(
        "VG4004",
        "Server-side request forgery: request data in an outbound URL",
        "Injection",
        ThreatLevel.High,
        "CWE-918",
        "API7:2023",
        "Build outbound URLs from configuration; accept only an identifier from the client, or check the host against an allow-list after parsing with Uri.");

    public override RuleDescriptor Descriptor => Rule;

    protected override SinkKind Kind => SinkKind.Ssrf;

    protected override string Consequence => "the client can make the server call internal or arbitrary hosts";
}
