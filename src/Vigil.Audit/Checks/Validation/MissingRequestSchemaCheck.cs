using Vigil.Audit.Engine;
using Vigil.Audit.Model;
using Vigil.Core.Findings;

namespace Vigil.Audit.Checks.Validation;

internal sealed class MissingRequestSchemaCheck : IAuditCheck
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG3024", "Request body without a schema", AuditCategories.Validation, ThreatLevel.Medium, "CWE-20", Owasp.PropertyLevelAuthorization,
        "Describe every request body with a schema (types, required fields, limits) so servers and gateways can validate input before it reaches business logic.");

    public void Run(AuditContext context)
    {
        foreach (var op in context.Operations)
        {
            if (op.Operation.RequestBody is not { } body)
            {
                continue;
            }

            foreach (var (type, media) in body.Content ?? new Dictionary<string, Microsoft.OpenApi.OpenApiMediaType>())
            {
                if (media.Schema is null)
                {
                    context.Report(Descriptor, Pointer.Join(op.Pointer, "requestBody", "content", type), $"{op.Endpoint} accepts {type} with no schema.", op.Endpoint);
                }
            }
        }
    }
}
