using Microsoft.OpenApi;
using Vigil.Audit.Engine;
using Vigil.Audit.Model;
using Vigil.Core.Findings;

namespace Vigil.Audit.Checks.Security;

internal sealed class ApiKeyInUrlCheck : IAuditCheck
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG3003", "API key sent in the URL", AuditCategories.Security, ThreatLevel.Medium, "CWE-598", Owasp.Authentication,
        "Send API keys in a header (in: header), never in the query string or path: URLs end up in logs, browser history and Referer headers.");

    public void Run(AuditContext context)
    {
        foreach (var (name, scheme) in context.Document.Components?.SecuritySchemes ?? new Dictionary<string, IOpenApiSecurityScheme>())
        {
            if (scheme.Type == SecuritySchemeType.ApiKey && scheme.In is ParameterLocation.Query or ParameterLocation.Path)
            {
                var where = scheme.In == ParameterLocation.Query ? "query string" : "path";
                context.Report(Descriptor, Pointer.Join("/components", "securitySchemes", name), $"Security scheme \"{name}\" sends the API key \"{scheme.Name}\" in the {where}.");
            }
        }
    }
}
