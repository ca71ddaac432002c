using System.Text;
using Microsoft.AspNetCore.Http;
using Vigil.Collector.Keys;
using Vigil.OpenApi.Inference;
using Vigil.Storage;

namespace Vigil.Collector.Specs;

/// <summary>
/// <c>GET /v1/openapi</c>: the OpenAPI 3.1 document the project's recent traffic implies (the newest
/// <see cref="Samples"/> events), ready for <c>vigil audit</c> or as a first draft of a real spec.
/// </summary>
internal static class InferredSpecEndpoint
{
    public const int Samples = 1000;

    public static async Task<IResult> GetAsync(HttpContext http, IEventStore events) =>
        Results.Content(await InferAsync(events, KeyRequirement.Current(http).ProjectId, http.RequestAborted).ConfigureAwait(false), "application/json", Encoding.UTF8);

    /// <summary>The document as JSON; the dashboard's download serves the same text.</summary>
    public static async Task<string> InferAsync(IEventStore events, Guid projectId, CancellationToken cancellationToken)
    {
        var recent = await events.QueryEventsAsync(new EventQuery(projectId, Limit: Samples), cancellationToken).ConfigureAwait(false);
        var inferrer = new SpecInferrer("Inferred from traffic");
        foreach (var stored in recent)
        {
            inferrer.Add(stored.Endpoint.Method, stored.Endpoint.Route, stored.Exchange);
        }

        return inferrer.ToJson();
    }
}
