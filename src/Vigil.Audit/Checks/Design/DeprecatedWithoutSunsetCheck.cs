using Vigil.Audit.Engine;
using Vigil.Core.Findings;

namespace Vigil.Audit.Checks.Design;

internal sealed class DeprecatedWithoutSunsetCheck : IAuditCheck
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG3034", "Deprecated operation without sunset information", AuditCategories.Design, ThreatLevel.Low, null, Owasp.Inventory,
        "Say when a deprecated operation goes away: an x-sunset date on the operation, a Sunset header (RFC 8594) on its responses, or the date in its description.");

    public void Run(AuditContext context)
    {
        foreach (var op in context.Operations)
        {
            var o = op.Operation;
            if (!o.Deprecated)
            {
                continue;
            }

            var sunset = o.Extensions?.Keys.Any(k => k.Equals("x-sunset", StringComparison.OrdinalIgnoreCase)) == true
                || o.Responses?.Values.Any(r => r.Headers?.Keys.Any(h => h.Equals("Sunset", StringComparison.OrdinalIgnoreCase)) == true) == true
                || (o.Description ?? "").Contains("sunset", StringComparison.OrdinalIgnoreCase);
            if (!sunset)
            {
                context.Report(Descriptor, op.Pointer + "/deprecated", $"{op.Endpoint} is deprecated but says nothing about when it will be removed.", op.Endpoint);
            }
        }
    }
}
