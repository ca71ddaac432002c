using Microsoft.AspNetCore.Http;
using Vigil.Collector.Http;
using Vigil.Collector.Keys;
using Vigil.Collector.Scans;
using Vigil.Collector.Specs;
using Vigil.Storage;

namespace Vigil.Collector.ReadApi;

/// <summary>The read API: events, endpoints and findings of the key's own project only.</summary>
internal static class ReadEndpoints
{
    public static async Task<IResult> ListEventsAsync(HttpContext http, IEventStore events)
    {
        if (!QueryParameters.TryLimit(http.Request, out var limit, out var error)
            || !QueryParameters.TryStatus(http.Request, out var status, out error)
            || !QueryParameters.TrySince(http.Request, out var since, out error))
        {
            return error!;
        }

        var (method, route) = QueryParameters.Endpoint(http.Request);
        var query = new EventQuery(KeyRequirement.Current(http).ProjectId, route, method, status, since, limit);
        var found = await events.QueryEventsAsync(query, http.RequestAborted).ConfigureAwait(false);
        return Results.Json(new EventListView(found.Select(e => EventView.From(e)).ToList()), CollectorJsonContext.Default.EventListView);
    }

    public static async Task<IResult> GetEventAsync(HttpContext http, string id, IEventStore events)
    {
        if (!Guid.TryParse(id, out var eventId))
        {
            return Problems.BadQuery("id", "must be an event id (a UUID)");
        }

        var project = KeyRequirement.Current(http).ProjectId;
        var stored = await events.GetEventAsync(project, eventId, http.RequestAborted).ConfigureAwait(false);
        if (stored is null)
        {
            return Problems.NotFound($"No event {eventId} in this key's project.");
        }

        return Results.Json(EventView.From(stored, stored.Findings), CollectorJsonContext.Default.EventView);
    }

    public static async Task<IResult> ListEndpointsAsync(HttpContext http, InventoryReader inventory) =>
        Results.Json(await inventory.ReadAsync(KeyRequirement.Current(http).ProjectId, http.RequestAborted).ConfigureAwait(false), CollectorJsonContext.Default.EndpointListView);

    public static async Task<IResult> ListFindingsAsync(HttpContext http, IEventStore events)
    {
        if (!QueryParameters.TryLimit(http.Request, out var limit, out var error)
            || !QueryParameters.TrySince(http.Request, out var since, out error))
        {
            return error!;
        }

        var project = KeyRequirement.Current(http).ProjectId;
        var findings = await events.QueryFindingsAsync(new FindingQuery(project, Since: since, Limit: limit), http.RequestAborted).ConfigureAwait(false);
        return Results.Json(new FindingListView(findings.Select(FindingView.From).ToList()), CollectorJsonContext.Default.FindingListView);
    }
}
