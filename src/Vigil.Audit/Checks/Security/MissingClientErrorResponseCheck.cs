using Vigil.Audit.Engine;
using Vigil.Core.Findings;

namespace Vigil.Audit.Checks.Security;

internal sealed class MissingClientErrorResponseCheck : IAuditCheck
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG3012", "No client error response documented", AuditCategories.Security, ThreatLevel.Low, "CWE-20", Owasp.Misconfiguration,
        "Document how invalid input is rejected (400 or 422, ideally application/problem+json) so clients can tell validation errors from server faults.");

    public void Run(AuditContext context)
    {
        foreach (var op in context.Operations)
        {
            IEnumerable<string> codes = op.Operation.Responses?.Keys ?? (IEnumerable<string>)[];
            if (!codes.Any(c => c.StartsWith('4') || c.Equals("default", StringComparison.OrdinalIgnoreCase)))
            {
                context.Report(Descriptor, op.Pointer + "/responses", $"{op.Endpoint} documents no 4xx response.", op.Endpoint);
            }
        }
    }
}
