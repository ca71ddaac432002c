using Vigil.Audit.Engine;
using Vigil.Core.Findings;

namespace Vigil.Audit.Checks.Design;

internal sealed class MissingOperationIdCheck : IAuditCheck
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG3030", "Operation without operationId", AuditCategories.Design, ThreatLevel.Low, null, Owasp.Inventory,
        "Give every operation a unique operationId: generated clients, gateways and inventories name operations by it.");

    public void Run(AuditContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var op in context.Operations)
        {
            var id = op.Operation.OperationId;
            if (string.IsNullOrWhiteSpace(id))
            {
                context.Report(Descriptor, op.Pointer, $"{op.Endpoint} has no operationId.", op.Endpoint);
            }
            else if (!seen.Add(id))
            {
                context.Report(Descriptor, op.Pointer + "/operationId", $"{op.Endpoint} reuses operationId \"{id}\".", op.Endpoint);
            }
        }
    }
}
