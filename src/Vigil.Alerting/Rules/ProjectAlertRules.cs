using System.Collections.Concurrent;

namespace Vigil.Alerting.Rules;

/// <summary>
/// Each project's own alert rules (set through the API or the dashboard), read by the grouper on every finding.
/// Replacing a project's list is one reference swap, so a change applies from the next finding on without a lock.
/// </summary>
public sealed class ProjectAlertRules
{
    /// <summary>Rules one project may have: each is tried on every finding of that project.</summary>
    public const int MaxPerProject = 100;

    private readonly ConcurrentDictionary<Guid, IReadOnlyList<AlertRule>> _rules = new();

    public IReadOnlyList<AlertRule> For(Guid projectId) => _rules.TryGetValue(projectId, out var rules) ? rules : [];

    public void Set(Guid projectId, IReadOnlyList<AlertRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        if (rules.Count == 0)
        {
            _rules.TryRemove(projectId, out _);
        }
        else
        {
            _rules[projectId] = [.. rules];
        }
    }

    /// <summary>Sets a project's rules unless it has some already: a start-up load must not undo a change made meanwhile.</summary>
    public bool TryAdd(Guid projectId, IReadOnlyList<AlertRule> rules) => rules.Count > 0 && _rules.TryAdd(projectId, [.. rules]);
}
