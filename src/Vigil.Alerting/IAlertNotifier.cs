using Vigil.Alerting.Grouping;

namespace Vigil.Alerting;

/// <summary>Hands an alert that opened or escalated to delivery. Must return at once: detection never waits on a channel.</summary>
public interface IAlertNotifier
{
    void Notify(AlertChange change);
}

/// <summary>Delivers nothing (inspect replay, tests of grouping alone).</summary>
public sealed class NoNotifier : IAlertNotifier
{
    public static readonly NoNotifier Instance = new();

    public void Notify(AlertChange change)
    {
    }
}
