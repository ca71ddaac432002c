using Vigil.Core.Findings;

namespace Vigil.Detection.Engine;

/// <summary>
/// A per-request security rule: looks at one exchange and reports what it finds. Implementations are discovered
/// once at start-up (no registration list), must be stateless and thread-safe, and keep <see cref="Evaluate"/> cheap:
/// it runs for every ingested event.
/// </summary>
public interface IRequestRule
{
    RuleDescriptor Descriptor { get; }

    void Evaluate(RequestContext context, FindingSink findings);
}
