using Microsoft.OpenApi;
using Vigil.Audit.Engine;
using Vigil.Core.Findings;

namespace Vigil.Audit.Checks.Validation;

internal sealed class UnboundedNumberCheck : IAuditCheck
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG3022", "Number without minimum and maximum", AuditCategories.Validation, ThreatLevel.Low, "CWE-20", Owasp.ResourceConsumption,
        "Give integers and numbers a minimum and a maximum (page sizes, quantities, amounts) so negative, zero and huge values are rejected.");

    public void Run(AuditContext context)
    {
        foreach (var view in context.Schemas)
        {
            var s = view.Schema;
            if (view.NonNullType is JsonSchemaType.Integer or JsonSchemaType.Number && s.Enum is not { Count: > 0 } && s.Const is null
                && (s.Minimum is null && s.ExclusiveMinimum is null || s.Maximum is null && s.ExclusiveMaximum is null))
            {
                context.Report(Descriptor, view.Pointer, $"{UnboundedStringCheck.Describe(view.Name)} is a number without {(s.Minimum is null && s.ExclusiveMinimum is null ? "a minimum" : "a maximum")}.");
            }
        }
    }
}
