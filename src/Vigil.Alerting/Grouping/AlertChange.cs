using Vigil.Storage.Alerts;

namespace Vigil.Alerting.Grouping;

/// <summary>What a finding did to its alert; only <see cref="Opened"/> and <see cref="Escalated"/> notify.</summary>
public enum AlertChangeKind
{
    Opened,
    Escalated,
    Grouped,
    Suppressed,
}

/// <summary>An alert as it is after a finding was applied, and what happened to it.</summary>
public sealed record AlertChange(AlertRecord Alert, AlertChangeKind Kind)
{
    public bool Notifies => Kind is AlertChangeKind.Opened or AlertChangeKind.Escalated;
}
