using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Vigil.Samples.QrOrdering.Traffic;

/// <summary>
/// The simulated clients' HTTP access: waits for a pacing slot, sends, counts the outcome. Never throws for HTTP or
/// network trouble; only cancellation of the run escapes.
/// </summary>
internal sealed class TrafficClient(HttpClient http, RequestPacer pacer, TrafficCounters counters)
{
    public bool IsExhausted => pacer.IsExhausted;

    /// <summary>The response, or null when the run's request budget is spent and the visit should end.</summary>
    public async Task<TrafficResponse?> SendAsync(
        string endpoint, HttpMethod method, string path, ClientIdentity client, CancellationToken cancellationToken,
        object? body = null, string? bearerToken = null)
    {
        if (!await pacer.WaitTurnAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        using var request = new HttpRequestMessage(method, path);
        request.Headers.UserAgent.ParseAdd(client.UserAgent);
        request.Headers.Add("X-Forwarded-For", client.Address);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (bearerToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearerToken);
        }

        HttpResponseMessage response;
        try
        {
            response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or IOException
            || (e is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            counters.RecordFailure(endpoint);
            return TrafficResponse.NoResponse;
        }

        using (response)
        {
            var status = (int)response.StatusCode;
            counters.RecordStatus(endpoint, status);
            return new TrafficResponse(status, response.IsSuccessStatusCode ? await ReadJsonAsync(response, cancellationToken).ConfigureAwait(false) : null);
        }
    }

    private static async Task<JsonElement?> ReadJsonAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType?.MediaType is not "application/json")
        {
            return null;
        }

        try
        {
            return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is JsonException or HttpRequestException or IOException)
        {
            return null;
        }
    }
}
