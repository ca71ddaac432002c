using Vigil.Core.Findings;
using Vigil.Scan.Taint;

namespace Vigil.Scan.Analyzers.Injection;

internal sealed class XPathInjectionAnalyzer : TaintAnalyzer
{
    public static readonly RuleDescriptor Rule = new(
        "VG4007",
        "XPath injection: request data in an XPath expression",
        "Injection",
        ThreatLevel.Medium,
        "CWE-643",
        "API8:2023",
        "Use XsltArgumentList variables / XPathExpression with a custom context for values, or validate the value against a strict pattern before use.");

    public override RuleDescriptor Descriptor => Rule;

    protected override SinkKind Kind => SinkKind.XPath;

    protected override string Consequence => "the client can change the XPath query";
}
