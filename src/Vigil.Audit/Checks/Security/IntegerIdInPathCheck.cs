using Microsoft.OpenApi;
using Vigil.Audit.Engine;
using Vigil.Core.Findings;

namespace Vigil.Audit.Checks.Security;

internal sealed class IntegerIdInPathCheck : IAuditCheck
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG3007", "Sequential integer id in a path", AuditCategories.Security, ThreatLevel.Low, "CWE-639", Owasp.ObjectLevelAuthorization,
        "Identify objects with random ids (UUIDs, ULIDs) so they cannot be enumerated, and check on every request that the caller may see the object (BOLA).");

    public void Run(AuditContext context)
    {
        var reported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var op in context.Operations)
        {
            foreach (var (name, parameter, pointer) in op.Parameters())
            {
                if (parameter.In == ParameterLocation.Path && IsIdName(name) && parameter.Schema?.Type is { } type
                    && (type & JsonSchemaType.Integer) != 0 && reported.Add(pointer))
                {
                    context.Report(Descriptor, pointer, $"Path parameter \"{name}\" of {op.Endpoint} is an integer: ids can be guessed by counting.", op.Endpoint);
                }
            }
        }
    }

    internal static bool IsIdName(string name) =>
        name.Equals("id", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("Id", StringComparison.Ordinal)
        || name.EndsWith("_id", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("-id", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("ID", StringComparison.Ordinal);
}
