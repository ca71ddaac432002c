using System.Net;
using System.Text.Json;
using Vigil.TestKit;

namespace Vigil.Dashboard.Tests.Site;

/// <summary>The live feed over HTTP, as EventSource reads it: resumes after Last-Event-ID and sends only what is newer.</summary>
public sealed class FeedStreamTests : IAsyncLifetime
{
    private DashboardSite _site = null!;

    public async Task InitializeAsync() => _site = await DashboardSite.StartAsync(seed: false);

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task The_stream_resumes_after_the_last_event_id_with_newer_findings_only()
    {
        using var client = _site.AnonymousClient();
        (await DashboardSite.SignInAsync(client, "admin", DashboardSite.AdminPassword)).Dispose();
        var first = Exchanges.Get("/search", route: "/search");
        first.Request.Query = "q=%27%20OR%201%3D1--";
        await _site.IngestAsync([first]);

        var (firstId, firstData) = await ReadFirstFindingAsync(client, lastEventId: null, rule: "VG1001");
        Assert.Contains("\"threat\":\"high\"", firstData, StringComparison.Ordinal);

        var second = Exchanges.Get("/search", route: "/search");
        second.Request.Query = "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E";
        await _site.IngestAsync([second]);
        var (secondId, secondData) = await ReadFirstFindingAsync(client, firstId, rule: null, minimum: "medium");

        Assert.True(long.Parse(secondId, System.Globalization.CultureInfo.InvariantCulture) > long.Parse(firstId, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("VG1002", JsonDocument.Parse(secondData).RootElement.GetProperty("ruleId").GetString());
        Assert.Equal(second.Id, JsonDocument.Parse(secondData).RootElement.GetProperty("eventId").GetGuid());
    }

    private static async Task<(string Id, string Data)> ReadFirstFindingAsync(HttpClient client, string? lastEventId, string? rule, string minimum = "low")
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"threats/stream?min={minimum}");
        request.Headers.Add("Accept", "text/event-stream");
        if (lastEventId is not null)
        {
            request.Headers.Add("Last-Event-ID", lastEventId);
        }

        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(timeout.Token));
        string? id = null;
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("id: ", StringComparison.Ordinal))
            {
                id = line[4..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && (rule is null || line.Contains(rule, StringComparison.Ordinal)))
            {
                return (id!, line[6..]);
            }
        }

        throw new InvalidOperationException("The stream ended without a finding.");
    }
}
