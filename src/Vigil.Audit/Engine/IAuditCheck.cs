using Vigil.Core.Findings;

namespace Vigil.Audit.Engine;

/// <summary>
/// One check over an OpenAPI document. Its descriptor's <see cref="RuleDescriptor.Category"/> is the score category it
/// costs points in (<see cref="AuditCategories"/>). Implementations are discovered by reflection: no list to edit.
/// </summary>
internal interface IAuditCheck
{
    RuleDescriptor Descriptor { get; }

    void Run(AuditContext context);
}
