using Microsoft.OpenApi;
using Vigil.Audit.Engine;
using Vigil.Audit.Model;
using Vigil.Core.Findings;

namespace Vigil.Audit.Checks.Security;

internal sealed class HttpBasicCheck : IAuditCheck
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG3004", "HTTP Basic authentication", AuditCategories.Security, ThreatLevel.Medium, "CWE-522", Owasp.Authentication,
        "Replace Basic with tokens (OAuth2, OpenID Connect or bearer JWTs): Basic sends the password with every request and cannot be scoped or revoked.");

    public void Run(AuditContext context)
    {
        foreach (var (name, scheme) in context.Document.Components?.SecuritySchemes ?? new Dictionary<string, IOpenApiSecurityScheme>())
        {
            if (scheme.Type == SecuritySchemeType.Http && string.Equals(scheme.Scheme, "basic", StringComparison.OrdinalIgnoreCase))
            {
                context.Report(Descriptor, Pointer.Join("/components", "securitySchemes", name), $"Security scheme \"{name}\" is HTTP Basic: the password travels with every request.");
            }
        }
    }
}
