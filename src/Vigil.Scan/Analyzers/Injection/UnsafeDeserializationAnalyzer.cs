using Vigil.Core.Findings;
using Vigil.Scan.Taint;

namespace Vigil.Scan.Analyzers.Injection;

internal sealed class UnsafeDeserializationAnalyzer : TaintAnalyzer
{
    public static readonly RuleDescriptor Rule = new(
        "VG4008",
        "Unsafe deserialization: request data chooses the type to create",
        "Injection",
        ThreatLevel.High,
        "CWE-502",
        "API8:2023",
        "Never resolve types or assemblies from request data and never use BinaryFormatter; bind to a fixed DTO with System.Text.Json.");

    public override RuleDescriptor Descriptor => Rule;

    protected override SinkKind Kind => SinkKind.Deserialization;

    protected override string Consequence => "the client can instantiate arbitrary types (gadget chains lead to code execution)";
}
