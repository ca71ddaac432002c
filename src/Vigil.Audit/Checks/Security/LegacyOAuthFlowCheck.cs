using Microsoft.OpenApi;
using Vigil.Audit.Engine;
using Vigil.Audit.Model;
using Vigil.Core.Findings;

namespace Vigil.Audit.Checks.Security;

internal sealed class LegacyOAuthFlowCheck : IAuditCheck
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG3005", "OAuth implicit or password flow", AuditCategories.Security, ThreatLevel.Medium, "CWE-287", Owasp.Authentication,
        "Use the authorization code flow with PKCE (or client credentials between services); OAuth 2.0 Security BCP deprecates implicit and password grants.");

    public void Run(AuditContext context)
    {
        foreach (var (name, scheme) in context.Document.Components?.SecuritySchemes ?? new Dictionary<string, IOpenApiSecurityScheme>())
        {
            if (scheme.Type != SecuritySchemeType.OAuth2 || scheme.Flows is not { } flows)
            {
                continue;
            }

            var pointer = Pointer.Join("/components", "securitySchemes", name, "flows");
            if (flows.Implicit is not null)
            {
                context.Report(Descriptor, Pointer.Child(pointer, "implicit"), $"Security scheme \"{name}\" offers the implicit flow: tokens are returned in the URL fragment.");
            }

            if (flows.Password is not null)
            {
                context.Report(Descriptor, Pointer.Child(pointer, "password"), $"Security scheme \"{name}\" offers the password flow: clients handle the user's password.");
            }
        }
    }
}
