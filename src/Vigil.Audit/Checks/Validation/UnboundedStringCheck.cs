using Microsoft.OpenApi;
using Vigil.Audit.Engine;
using Vigil.Core.Findings;

namespace Vigil.Audit.Checks.Validation;

internal sealed class UnboundedStringCheck : IAuditCheck
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG3020", "String without length, pattern, format or enum", AuditCategories.Validation, ThreatLevel.Low, "CWE-20", Owasp.ResourceConsumption,
        "Give every string a maxLength, and a pattern, format or enum where the value has a shape, so oversized and malformed input is rejected at the edge.");

    public void Run(AuditContext context)
    {
        foreach (var view in context.Schemas)
        {
            var s = view.Schema;
            if (view.NonNullType == JsonSchemaType.String && s.MaxLength is null && s.Pattern is null && s.Format is null
                && s.Enum is not { Count: > 0 } && s.Const is null)
            {
                context.Report(Descriptor, view.Pointer, $"{Describe(view.Name)} is a string with no maxLength, pattern, format or enum.");
            }
        }
    }

    internal static string Describe(string? name) => name is null ? "The schema" : $"\"{name}\"";
}
