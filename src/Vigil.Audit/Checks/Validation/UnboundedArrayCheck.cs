using Microsoft.OpenApi;
using Vigil.Audit.Engine;
using Vigil.Core.Findings;

namespace Vigil.Audit.Checks.Validation;

internal sealed class UnboundedArrayCheck : IAuditCheck
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG3021", "Array without maxItems", AuditCategories.Validation, ThreatLevel.Low, "CWE-770", Owasp.ResourceConsumption,
        "Set maxItems on every array so one request cannot ask the server to process or return an unbounded list.");

    public void Run(AuditContext context)
    {
        foreach (var view in context.Schemas)
        {
            if (view.NonNullType == JsonSchemaType.Array && view.Schema.MaxItems is null)
            {
                context.Report(Descriptor, view.Pointer, $"{UnboundedStringCheck.Describe(view.Name)} is an array with no maxItems.");
            }
        }
    }
}
