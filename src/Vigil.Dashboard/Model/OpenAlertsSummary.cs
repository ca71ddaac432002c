using Vigil.Core.Findings;
using Vigil.Storage.Alerts;

namespace Vigil.Dashboard.Model;

/// <summary>The Overview's open-alerts card: how many are open by threat and the newest few.</summary>
public sealed record OpenAlertsSummary(int High, int Medium, int Low, bool More, IReadOnlyList<AlertRecord> Newest)
{
    /// <summary>Open alerts counted; past this the card says "or more" rather than scanning further.</summary>
    public const int CountLimit = 1000;

    public const int NewestShown = 5;

    public int Total => High + Medium + Low;

    public static async Task<OpenAlertsSummary> LoadAsync(DashboardAlerts alerts, Guid projectId, CancellationToken cancellationToken)
    {
        await alerts.Flush(cancellationToken).ConfigureAwait(false);
        var open = await alerts.Store.QueryAlertsAsync(new AlertQuery(projectId, AlertStatus.Open, CountLimit), cancellationToken).ConfigureAwait(false);
        return new OpenAlertsSummary(
            open.Count(a => a.Threat == ThreatLevel.High),
            open.Count(a => a.Threat == ThreatLevel.Medium),
            open.Count(a => a.Threat <= ThreatLevel.Low),
            open.Count >= CountLimit,
            [.. open.Take(NewestShown)]);
    }
}
