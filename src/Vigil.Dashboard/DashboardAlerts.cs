using Vigil.Storage.Alerts;

namespace Vigil.Dashboard;

/// <summary>
/// The collector's alert service as the dashboard sees it: reads go to the store after a flush (so an alert raised a
/// moment ago is listed), and the lifecycle changes are the service's own, the same ones <c>/v1/alerts</c> uses.
/// </summary>
public sealed record DashboardAlerts
{
    public required IAlertStore Store { get; init; }

    /// <summary>Writes alert changes still held in memory.</summary>
    public required Func<CancellationToken, Task> Flush { get; init; }

    /// <summary>(project, alert) → the alert after the change, or null when the project has no such alert.</summary>
    public required Func<Guid, Guid, CancellationToken, Task<AlertRecord?>> Acknowledge { get; init; }

    public required Func<Guid, Guid, CancellationToken, Task<AlertRecord?>> Resolve { get; init; }
}
