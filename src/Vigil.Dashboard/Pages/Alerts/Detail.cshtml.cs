using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Vigil.Core.Findings;
using Vigil.Dashboard.Model;
using Vigil.Storage.Alerts;
using Vigil.Storage.Dashboard;

namespace Vigil.Dashboard.Pages.Alerts;

/// <summary>
/// One alert: what it groups, its findings (each linking to its request), the delivery log of its notices, and the
/// Acknowledge / Resolve forms, which go through the collector's alert service and redirect back here.
/// </summary>
public sealed class DetailModel(ProjectContext projects, DashboardOptions options, IDashboardQueries queries) : DashboardPageModel(projects)
{
    /// <summary>Findings read for one alert; the feed query caps at 500 and a page of that many is plenty to judge by.</summary>
    public const int MaxFindings = 200;

    public override string Section => "alerts";

    public AlertRecord? Alert { get; private set; }

    public IReadOnlyList<FeedFinding> Findings { get; private set; } = [];

    public IReadOnlyList<DeliveryRecord> Deliveries { get; private set; } = [];

    /// <summary>What the last form did, from the redirect's <c>done</c> value.</summary>
    public string? Message { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? done)
    {
        if (Project is not null && options.Alerts is { } alerts)
        {
            var cancel = HttpContext.RequestAborted;
            await alerts.Flush(cancel).ConfigureAwait(false);
            Alert = await alerts.Store.GetAlertAsync(Project.Id, id, cancel).ConfigureAwait(false);
            if (Alert is not null)
            {
                Findings = await AlertFindingsAsync(Alert, cancel).ConfigureAwait(false);
                Deliveries = await alerts.Store.ListDeliveriesAsync(Project.Id, id, cancel).ConfigureAwait(false);
            }
        }

        if (Alert is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            return Page();
        }

        Message = done switch
        {
            "acknowledged" => Alert.Status == AlertStatus.Resolved ? "The alert was already resolved." : "Acknowledged. New findings still count, but notify no one until it is resolved.",
            "resolved" => "Resolved. A new finding after the cool-down opens a new alert.",
            _ => null,
        };
        return Page();
    }

    public Task<IActionResult> OnPostAcknowledgeAsync(Guid id) => ChangeAsync(id, "acknowledged", a => a.Acknowledge);

    public Task<IActionResult> OnPostResolveAsync(Guid id) => ChangeAsync(id, "resolved", a => a.Resolve);

    private async Task<IActionResult> ChangeAsync(Guid id, string done, Func<DashboardAlerts, Func<Guid, Guid, CancellationToken, Task<AlertRecord?>>> pick)
    {
        if (Project is null || options.Alerts is not { } alerts)
        {
            return NotFound();
        }

        var changed = await pick(alerts)(Project.Id, id, HttpContext.RequestAborted).ConfigureAwait(false);
        return changed is null ? NotFound() : LocalRedirect($"/alerts/{id}?done={done}");
    }

    // The feed has no client column, so the findings shown are the alert's rule on its endpoint within its first and
    // last sighting; for a per-client alert other clients' findings of the same rule there may be listed too.
    private async Task<IReadOnlyList<FeedFinding>> AlertFindingsAsync(AlertRecord alert, CancellationToken cancel)
    {
        var feed = await queries.FindingsAsync(new FeedQuery(alert.ProjectId, ThreatLevel.Low, alert.Endpoint, Limit: 500), cancel).ConfigureAwait(false);
        return [.. feed.Where(f => f.Finding.RuleId == alert.RuleId && f.Finding.Timestamp >= alert.FirstSeen && f.Finding.Timestamp <= alert.LastSeen).Take(MaxFindings)];
    }
}
