using Microsoft.OpenApi;
using Vigil.Audit.Engine;
using Vigil.Core.Findings;

namespace Vigil.Audit.Checks.Security;

internal sealed class SensitiveQueryParameterCheck : IAuditCheck
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG3008", "Sensitive data in a query parameter", AuditCategories.Security, ThreatLevel.Medium, "CWE-598", Owasp.Authentication,
        "Move passwords, tokens and personal data into a header or the request body: query strings are logged by servers, proxies and browsers.");

    public void Run(AuditContext context)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var op in context.Operations)
        {
            foreach (var (name, parameter, pointer) in op.Parameters())
            {
                if (parameter.In == ParameterLocation.Query && SensitiveNames.QueryKind(name) is { } kind && reported.Add(pointer))
                {
                    context.Report(Descriptor, pointer, $"Query parameter \"{name}\" of {op.Endpoint} carries {kind}.", op.Endpoint);
                }
            }
        }
    }
}
