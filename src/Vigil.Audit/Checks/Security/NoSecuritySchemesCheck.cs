using Vigil.Audit.Engine;
using Vigil.Core.Findings;

namespace Vigil.Audit.Checks.Security;

internal sealed class NoSecuritySchemesCheck : IAuditCheck
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG3001", "No security schemes defined", AuditCategories.Security, ThreatLevel.High, "CWE-306", Owasp.Authentication,
        "Declare how clients authenticate under components.securitySchemes (securityDefinitions in 2.0), e.g. an OAuth2 or bearer scheme, and require it with a top-level security block.");

    public void Run(AuditContext context)
    {
        if (context.Document.Components?.SecuritySchemes is { Count: > 0 } || context.Operations.Count == 0)
        {
            return;
        }

        context.Report(Descriptor, context.Document.Components is null ? "" : "/components", "The document declares no security scheme: every operation is reachable without authentication.");
    }
}
