using Microsoft.OpenApi;
using Vigil.Audit.Engine;
using Vigil.Audit.Model;
using Vigil.Core.Findings;

namespace Vigil.Audit.Checks.Validation;

internal sealed class OpenRequestBodyCheck : IAuditCheck
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG3023", "Request body accepts undeclared properties", AuditCategories.Validation, ThreatLevel.Medium, "CWE-915", Owasp.PropertyLevelAuthorization,
        "Set additionalProperties: false (or unevaluatedProperties: false with allOf) on request body objects, so a client cannot slip in fields such as isAdmin or price (mass assignment).");

    public void Run(AuditContext context)
    {
        foreach (var view in context.Schemas)
        {
            if (!view.IsBodyRoot || (view.Use & SchemaUse.Request) == 0 || view.Schema.Properties is not { Count: > 0 })
            {
                continue;
            }

            var s = view.Schema;
            var closed = !s.AdditionalPropertiesAllowed || s.AdditionalProperties is { } extra && extra.Not is not null
                || s.UnevaluatedProperties == false;
            if (!closed)
            {
                context.Report(Descriptor, view.Pointer, "A request body object allows properties it does not declare (additionalProperties is not false).");
            }
        }
    }
}
