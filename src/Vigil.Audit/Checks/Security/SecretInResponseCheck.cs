using Vigil.Audit.Engine;
using Vigil.Audit.Model;
using Vigil.Core.Findings;

namespace Vigil.Audit.Checks.Security;

internal sealed class SecretInResponseCheck : IAuditCheck
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG3009", "Password or secret field in a response", AuditCategories.Security, ThreatLevel.High, "CWE-200", Owasp.PropertyLevelAuthorization,
        "Remove the field from response schemas (use a separate read model), or mark it writeOnly: true if it is only ever sent by clients.");

    public void Run(AuditContext context)
    {
        foreach (var schema in context.Schemas)
        {
            if (schema.Name is { } name && (schema.Use & SchemaUse.Response) != 0 && !schema.Schema.WriteOnly && SensitiveNames.IsSecret(name))
            {
                context.Report(Descriptor, schema.Pointer, $"Property \"{name}\" is part of a response schema.");
            }
        }
    }
}
