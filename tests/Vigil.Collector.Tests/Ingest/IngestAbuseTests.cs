using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Vigil.Storage;
using Vigil.TestKit;

namespace Vigil.Collector.Tests.Ingest;

/// <summary>Regression tests for abuse found in review: each one failed before its fix.</summary>
public sealed class IngestAbuseTests
{
    [Fact]
    public async Task Millions_of_near_empty_events_in_a_tiny_gzip_are_refused_without_building_them()
    {
        await using var collector = await CollectorHost.StartAsync();
        var json = new StringBuilder("{\"events\":[");
        json.Insert(json.Length, "{\"durationMs\":1},", 1_500_000).Append("{\"durationMs\":1}]}");
        var before = Process.GetCurrentProcess().PeakWorkingSet64;

        var response = await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Gzip(Encoding.UTF8.GetBytes(json.ToString())));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Contains("more than 1000 events", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.True(Process.GetCurrentProcess().PeakWorkingSet64 - before < 400L * 1024 * 1024, "building 1.5M events would take far more");
    }

    [Fact]
    public async Task Error_lists_stay_bounded_whatever_the_batch()
    {
        await using var collector = await CollectorHost.StartAsync();
        var e = Exchanges.Get("/x");
        for (var i = 0; i < 250; i++)
        {
            e.Request.Headers[$"bad name {i}"] = ["v"];
            e.Response.Headers[$"bad name {i}"] = ["v"];
        }

        var response = await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json([e]));

        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.InRange(problem.GetProperty("errors").GetArrayLength(), 1, 100);
    }

    [Fact]
    public async Task One_project_cannot_probe_or_squat_another_projects_event_ids()
    {
        await using var collector = await CollectorHost.StartAsync();
        var otherIngest = await collector.CreateKeyAsync("other", KeyScope.Ingest);
        var otherRead = await collector.CreateKeyAsync("other", KeyScope.Read);
        var e = Exchanges.Get("/x");
        await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json([e]));

        var response = await TestKit.Ingest.PostAsync(collector.Client(otherIngest), TestKit.Ingest.Json([e]));

        Assert.Equal(1, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stored").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await collector.Client(otherRead).GetAsync($"v1/events/{e.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_repeated_id_in_one_batch_is_counted_as_stored_once()
    {
        await using var collector = await CollectorHost.StartAsync();
        var e = Exchanges.Get("/x");

        var response = await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json([e, e]));

        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, body.GetProperty("accepted").GetInt32());
        Assert.Equal(1, body.GetProperty("stored").GetInt32());
    }
}
