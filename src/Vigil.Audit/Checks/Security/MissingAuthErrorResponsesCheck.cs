using Vigil.Audit.Engine;
using Vigil.Core.Findings;

namespace Vigil.Audit.Checks.Security;

internal sealed class MissingAuthErrorResponsesCheck : IAuditCheck
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG3010", "Secured operation documents no 401/403", AuditCategories.Security, ThreatLevel.Low, null, Owasp.Misconfiguration,
        "Document 401 (no or bad credentials) and 403 (authenticated but not allowed) on secured operations, so clients and gateways handle them and tests cover them.");

    public void Run(AuditContext context)
    {
        foreach (var op in context.Operations)
        {
            if (!op.IsSecured || op.Operation.Responses is not { } responses)
            {
                continue;
            }

            var missing = new[] { "401", "403" }.Where(code => !responses.ContainsKey(code)).ToList();
            if (missing.Count == 2 || missing.Contains("401") && !responses.ContainsKey("4XX") && !responses.ContainsKey("default"))
            {
                context.Report(Descriptor, op.Pointer + "/responses", $"{op.Endpoint} is secured but documents no {string.Join(" or ", missing)} response.", op.Endpoint);
            }
        }
    }
}
