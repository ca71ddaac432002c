using Microsoft.OpenApi;
using Vigil.Audit.Engine;
using Vigil.Core.Findings;

namespace Vigil.Audit.Checks.Design;

internal sealed class MissingExampleCheck : IAuditCheck
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG3032", "Operation without examples", AuditCategories.Design, ThreatLevel.Low, null, null,
        "Add an example (or examples) to request and success response bodies: they document intent and seed contract tests and mocks.");

    public void Run(AuditContext context)
    {
        foreach (var op in context.Operations)
        {
            var bodies = (op.Operation.RequestBody?.Content?.Values ?? [])
                .Concat(op.Operation.Responses?.Where(r => r.Key.StartsWith('2')).SelectMany(r => r.Value.Content?.Values ?? []) ?? [])
                .ToList();
            if (bodies.Count > 0 && !bodies.Any(HasExample))
            {
                context.Report(Descriptor, op.Pointer, $"{op.Endpoint} has bodies but no example in any of them.", op.Endpoint);
            }
        }
    }

    // 3.0 documents fill the schema's single example, 3.1 its examples list: either counts.
#pragma warning disable CS0618
    private static bool HasExample(OpenApiMediaType media) =>
        media.Example is not null || media.Examples is { Count: > 0 } || media.Schema?.Example is not null || media.Schema?.Examples is { Count: > 0 };
#pragma warning restore CS0618
}
