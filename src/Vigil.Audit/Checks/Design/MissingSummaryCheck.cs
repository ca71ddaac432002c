using Vigil.Audit.Engine;
using Vigil.Core.Findings;

namespace Vigil.Audit.Checks.Design;

internal sealed class MissingSummaryCheck : IAuditCheck
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG3031", "Operation without summary or description", AuditCategories.Design, ThreatLevel.Low, null, null,
        "Add a one-line summary saying what the operation does and who may call it.");

    public void Run(AuditContext context)
    {
        foreach (var op in context.Operations)
        {
            if (string.IsNullOrWhiteSpace(op.Operation.Summary) && string.IsNullOrWhiteSpace(op.Operation.Description))
            {
                context.Report(Descriptor, op.Pointer, $"{op.Endpoint} has neither a summary nor a description.", op.Endpoint);
            }
        }
    }
}
