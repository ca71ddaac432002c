using Vigil.Audit.Engine;
using Vigil.Core.Findings;

namespace Vigil.Audit.Checks.Security;

internal sealed class MissingRateLimitCheck : IAuditCheck
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG3011", "No rate limiting documented", AuditCategories.Security, ThreatLevel.Low, "CWE-770", Owasp.ResourceConsumption,
        "Document a 429 response (with Retry-After) and the rate-limit headers you send (RateLimit-Limit/-Remaining/-Reset or X-RateLimit-*), and enforce them.");

    public void Run(AuditContext context)
    {
        foreach (var op in context.Operations)
        {
            var responses = op.Operation.Responses;
            if (responses is null || responses.ContainsKey("429") || responses.ContainsKey("4XX"))
            {
                continue;
            }

            var headers = responses.Where(r => r.Key.StartsWith('2')).SelectMany(r => r.Value.Headers?.Keys ?? []);
            if (!headers.Any(IsRateLimitHeader))
            {
                context.Report(Descriptor, op.Pointer + "/responses", $"{op.Endpoint} documents neither a 429 response nor rate-limit headers.", op.Endpoint);
            }
        }
    }

    private static bool IsRateLimitHeader(string name) =>
        name.StartsWith("RateLimit", StringComparison.OrdinalIgnoreCase) || name.StartsWith("X-RateLimit", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("X-Rate-Limit", StringComparison.OrdinalIgnoreCase);
}
