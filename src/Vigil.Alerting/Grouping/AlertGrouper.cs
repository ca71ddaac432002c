using Vigil.Alerting.Rules;
using Vigil.Core.Findings;
using Vigil.Storage.Alerts;

namespace Vigil.Alerting.Grouping;

/// <summary>
/// Turns findings into alerts: one alert per detector (or rule), subject and endpoint, with a lifecycle
/// (open → acknowledged → resolved) and a cooldown after resolution, so one attack gives one alert, not a thousand.
/// Times are the findings' own (event time); acknowledge and resolve take the injected clock. Thread-safe.
/// A project's own rules (<paramref name="projectRules"/>) are tried first, then the file's and the built-in ones; a
/// project rule may open an alert the others would not, but never holds one back: while its threshold is unmet, the
/// file's and built-in rules still decide (a project user must not be able to silence high-threat findings).
/// </summary>
public sealed class AlertGrouper(AlertingOptions options, TimeProvider clock, ProjectAlertRules? projectRules = null)
{
    private readonly object _gate = new();
    private readonly Dictionary<(Guid, string), AlertRecord> _groups = [];
    private readonly Dictionary<(Guid, string), Queue<long>> _pending = [];
    private readonly IReadOnlyList<AlertRule> _rules = options.EffectiveRules;

    public int Groups
    {
        get
        {
            lock (_gate)
            {
                return _groups.Count + _pending.Count;
            }
        }
    }

    /// <summary>Restores grouping state after a restart (live alerts and recently resolved ones).</summary>
    public void Load(IEnumerable<AlertRecord> alerts)
    {
        lock (_gate)
        {
            foreach (var alert in alerts.OrderBy(a => a.LastSeen))
            {
                _groups[(alert.ProjectId, alert.GroupKey)] = alert;
            }
        }
    }

    /// <param name="subject">The client the finding's event came from; a behavioural finding's own subject wins.</param>
    public AlertChange? Apply(Guid projectId, Finding finding, string subject)
    {
        var projectRule = First(projectRules?.For(projectId) ?? [], finding, subject);
        var serverRule = First(_rules, finding, subject);
        if (projectRule is null && serverRule is null)
        {
            return null;
        }

        var who = finding.RuleId.StartsWith("VG2", StringComparison.Ordinal) && finding.Location is { Length: > 0 } own ? own : subject;
        var key = $"{finding.RuleId}|{who}|{finding.Endpoint}";
        lock (_gate)
        {
            if (_groups.TryGetValue((projectId, key), out var existing))
            {
                return Update(existing, finding);
            }

            // The project rule counts apart from the server rule, so neither's threshold advances the other's.
            var rule = projectRule is not null && ThresholdReached(projectId, $"{key}|project", projectRule, finding.Timestamp) ? projectRule
                : serverRule is not null && ThresholdReached(projectId, key, serverRule, finding.Timestamp) ? serverRule
                : null;
            if (rule is null)
            {
                return null;
            }

            Trim();
            var alert = new AlertRecord
            {
                Id = Guid.CreateVersion7(finding.Timestamp),
                ProjectId = projectId,
                GroupKey = key,
                RuleId = finding.RuleId,
                Title = finding.Title,
                Threat = finding.Threat,
                Subject = who,
                Endpoint = finding.Endpoint,
                AlertRule = rule.Name,
                FirstSeen = finding.Timestamp,
                LastSeen = finding.Timestamp,
                Findings = rule.Threshold,
                Message = finding.Message,
                Evidence = finding.Evidence,
                FirstEventId = finding.EventId,
            };
            _groups[(projectId, key)] = alert;
            return new AlertChange(alert, AlertChangeKind.Opened);
        }
    }

    public AlertRecord? Acknowledge(AlertRecord alert) => SetStatus(alert, AlertStatus.Acknowledged);

    public AlertRecord? Resolve(AlertRecord alert) => SetStatus(alert, AlertStatus.Resolved);

    private static AlertRule? First(IReadOnlyList<AlertRule> rules, Finding finding, string subject)
    {
        foreach (var rule in rules)
        {
            if (rule.Matches(finding, subject))
            {
                return rule;
            }
        }

        return null;
    }

    private AlertChange? Update(AlertRecord existing, Finding finding)
    {
        var key = (existing.ProjectId, existing.GroupKey);
        if (existing.Status == AlertStatus.Resolved)
        {
            if (existing.ResolvedAt is { } resolved && finding.Timestamp - resolved >= options.Cooldown)
            {
                // Past the cooldown this is a new occurrence: a new alert, which notifies again.
                _groups.Remove(key);
                return Apply(existing.ProjectId, finding, existing.Subject);
            }

            var quiet = existing with { Findings = existing.Findings + 1, LastSeen = Later(existing.LastSeen, finding.Timestamp) };
            _groups[key] = quiet;
            return new AlertChange(quiet, AlertChangeKind.Suppressed);
        }

        var escalated = finding.Threat > existing.Threat;
        var updated = existing with
        {
            Findings = existing.Findings + 1,
            LastSeen = Later(existing.LastSeen, finding.Timestamp),
            Threat = escalated ? finding.Threat : existing.Threat,
            Message = escalated ? finding.Message : existing.Message,
            Evidence = escalated ? finding.Evidence : existing.Evidence,
        };
        _groups[key] = updated;
        return new AlertChange(updated, escalated ? AlertChangeKind.Escalated : AlertChangeKind.Grouped);
    }

    private AlertRecord? SetStatus(AlertRecord alert, AlertStatus status)
    {
        lock (_gate)
        {
            var current = _groups.TryGetValue((alert.ProjectId, alert.GroupKey), out var live) && live.Id == alert.Id ? live : alert;
            if (current.Status == AlertStatus.Resolved || (status == AlertStatus.Acknowledged && current.Status == AlertStatus.Acknowledged))
            {
                return current;
            }

            var now = clock.GetUtcNow();
            var changed = status == AlertStatus.Acknowledged
                ? current with { Status = status, AcknowledgedAt = now }
                : current with { Status = status, ResolvedAt = now };
            if (live?.Id == alert.Id)
            {
                _groups[(alert.ProjectId, alert.GroupKey)] = changed;
            }

            return changed;
        }
    }

    private bool ThresholdReached(Guid projectId, string key, AlertRule rule, DateTimeOffset at)
    {
        if (rule.Threshold <= 1)
        {
            return true;
        }

        if (!_pending.TryGetValue((projectId, key), out var times))
        {
            Trim();
            _pending[(projectId, key)] = times = new Queue<long>();
        }

        times.Enqueue(at.UtcTicks);
        while (times.Count > 0 && at.UtcTicks - times.Peek() > rule.Window.Ticks)
        {
            times.Dequeue();
        }

        if (times.Count < rule.Threshold)
        {
            return false;
        }

        _pending.Remove((projectId, key));
        return true;
    }

    // Bounded: past the cap, forget resolved alerts first, then the threshold counters, then the stalest alerts.
    private void Trim()
    {
        if (_groups.Count + _pending.Count < options.MaxGroups)
        {
            return;
        }

        var drop = _groups.Values.OrderBy(a => a.Status == AlertStatus.Resolved ? 0 : 1).ThenBy(a => a.LastSeen).Take(Math.Max(1, options.MaxGroups / 10)).ToList();
        foreach (var alert in drop)
        {
            _groups.Remove((alert.ProjectId, alert.GroupKey));
        }

        if (_groups.Count + _pending.Count >= options.MaxGroups)
        {
            _pending.Clear();
        }
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
