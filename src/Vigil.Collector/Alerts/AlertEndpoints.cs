using Microsoft.AspNetCore.Http;
using Vigil.Alerting;
using Vigil.Collector.Http;
using Vigil.Collector.Keys;
using Vigil.Collector.ReadApi;
using Vigil.Storage.Alerts;

namespace Vigil.Collector.Alerts;

/// <summary><c>/v1/alerts</c>: list, show, acknowledge and resolve the key's own project's alerts, and their delivery log.</summary>
internal static class AlertEndpoints
{
    public static async Task<IResult> ListAsync(HttpContext http, AlertService alerts)
    {
        if (!QueryParameters.TryLimit(http.Request, out var limit, out var error))
        {
            return error!;
        }

        AlertStatus? status = null;
        var raw = http.Request.Query["status"].ToString();
        if (raw.Length > 0)
        {
            if (!Enum.TryParse<AlertStatus>(raw, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || char.IsAsciiDigit(raw[0]))
            {
                return Problems.BadQuery("status", "must be open, acknowledged or resolved");
            }

            status = parsed;
        }

        await alerts.FlushAsync(http.RequestAborted).ConfigureAwait(false);
        var found = await alerts.Store.QueryAlertsAsync(new AlertQuery(KeyRequirement.Current(http).ProjectId, status, limit), http.RequestAborted).ConfigureAwait(false);
        return Results.Json(new AlertListView([.. found.Select(AlertView.From)]), AlertJsonContext.Default.AlertListView);
    }

    public static async Task<IResult> GetAsync(HttpContext http, string id, AlertService alerts)
    {
        if (!Guid.TryParse(id, out var alertId))
        {
            return Problems.BadQuery("id", "must be an alert id (a UUID)");
        }

        await alerts.FlushAsync(http.RequestAborted).ConfigureAwait(false);
        var alert = await alerts.Store.GetAlertAsync(KeyRequirement.Current(http).ProjectId, alertId, http.RequestAborted).ConfigureAwait(false);
        return alert is null ? NotFound(alertId) : Results.Json(AlertView.From(alert), AlertJsonContext.Default.AlertView);
    }

    public static Task<IResult> AcknowledgeAsync(HttpContext http, string id, AlertService alerts) =>
        ChangeAsync(http, id, alerts.AcknowledgeAsync);

    public static Task<IResult> ResolveAsync(HttpContext http, string id, AlertService alerts) =>
        ChangeAsync(http, id, alerts.ResolveAsync);

    public static async Task<IResult> DeliveriesAsync(HttpContext http, string id, AlertService alerts)
    {
        if (!Guid.TryParse(id, out var alertId))
        {
            return Problems.BadQuery("id", "must be an alert id (a UUID)");
        }

        var log = await alerts.Store.ListDeliveriesAsync(KeyRequirement.Current(http).ProjectId, alertId, http.RequestAborted).ConfigureAwait(false);
        return Results.Json(
            new DeliveryListView([.. log.Select(d => new DeliveryView(d.Channel, d.Attempts, d.Delivered, d.HttpStatus, d.Error, d.At))]),
            AlertJsonContext.Default.DeliveryListView);
    }

    private static async Task<IResult> ChangeAsync(HttpContext http, string id, Func<Guid, Guid, CancellationToken, Task<AlertRecord?>> change)
    {
        if (!Guid.TryParse(id, out var alertId))
        {
            return Problems.BadQuery("id", "must be an alert id (a UUID)");
        }

        var changed = await change(KeyRequirement.Current(http).ProjectId, alertId, http.RequestAborted).ConfigureAwait(false);
        return changed is null ? NotFound(alertId) : Results.Json(AlertView.From(changed), AlertJsonContext.Default.AlertView);
    }

    private static IResult NotFound(Guid id) => Problems.NotFound($"No alert {id} in this key's project; list them with GET /v1/alerts.");
}
