using Vigil.Audit.Engine;
using Vigil.Core.Findings;

namespace Vigil.Audit.Checks.Security;

internal sealed class UnsecuredOperationCheck : IAuditCheck
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG3002", "Operation returns data without authentication", AuditCategories.Security, ThreatLevel.High, "CWE-306", Owasp.Authentication,
        "Add a security requirement to the operation or a top-level one. If it is public on purpose (a health check, a login), keep security: [] and say so in its description.");

    public void Run(AuditContext context)
    {
        foreach (var op in context.Operations)
        {
            if (op.IsSecured || !op.ReturnsData && !IsWrite(op.Method))
            {
                continue;
            }

            var why = op.OptsOut ? "opts out with security: []" : op.Security.Count > 0 ? "makes authentication optional ({})" : "has no security requirement";
            context.Report(Descriptor, op.OptsOut ? op.Pointer + "/security" : op.Pointer, $"{op.Endpoint} {why} and {(op.ReturnsData ? "returns data" : "changes state")}.", op.Endpoint);
        }
    }

    private static bool IsWrite(string method) => method is "post" or "put" or "patch" or "delete";
}
