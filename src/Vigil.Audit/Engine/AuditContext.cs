using Microsoft.OpenApi;
using Vigil.Audit.Model;
using Vigil.Core.Findings;
using Vigil.OpenApi.Positions;

namespace Vigil.Audit.Engine;

/// <summary>What a check sees: the document, shared views of it, and a way to report at a JSON pointer.</summary>
internal sealed class AuditContext
{
    private readonly List<Finding> _findings;
    private IReadOnlyList<OperationView>? _operations;
    private IReadOnlyList<SchemaView>? _schemas;

    public AuditContext(OpenApiDocument document, PositionIndex positions, List<Finding> findings)
    {
        Document = document;
        Positions = positions;
        _findings = findings;
    }

    public OpenApiDocument Document { get; }

    public PositionIndex Positions { get; }

    /// <summary>Every operation with its pointer and effective security; computed once for all checks.</summary>
    public IReadOnlyList<OperationView> Operations => _operations ??= OperationView.All(Document);

    /// <summary>Every schema node written in the document (not ones only reached through a <c>$ref</c>), with where it is used.</summary>
    public IReadOnlyList<SchemaView> Schemas => _schemas ??= SchemaWalker.All(Document, Operations);

    public void Report(RuleDescriptor rule, string pointer, string message, string? endpoint = null)
    {
        var (line, column) = Positions.Locate(pointer);
        _findings.Add(new Finding
        {
            RuleId = rule.Id,
            Title = rule.Title,
            Threat = rule.DefaultThreat,
            Endpoint = endpoint,
            Location = pointer.Length == 0 ? "/" : pointer,
            Message = message,
            Source = new SourceLocation(Positions.File, line, column),
        });
    }
}
