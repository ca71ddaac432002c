using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.TestKit;

namespace Vigil.Collector.Tests.Ingest;

public sealed class IngestAcceptanceTests
{
    [Fact]
    public async Task Accepted_batch_is_readable_with_every_field()
    {
        await using var collector = await CollectorHost.StartAsync();
        var sent = Exchanges.Get("/orders/1042", route: "/orders/{id:int}");
        sent.Request.Query = "expand=items";
        sent.Request.User = new() { Id = "user-7", AuthScheme = "Bearer" };
        sent.Request.Headers["X-Multi"] = ["a", "b"];
        sent.Error = new() { Type = "System.InvalidOperationException", Message = "boom" };

        var response = await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json([sent]));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        var read = collector.Client(collector.ReadKey);
        using var doc = JsonDocument.Parse(await read.GetStringAsync($"v1/events/{sent.Id}"));
        var e = doc.RootElement;
        Assert.Equal(sent.Id.ToString(), e.GetProperty("id").GetString());
        Assert.Equal("GET /orders/{id:int}", e.GetProperty("endpoint").GetString());
        Assert.Equal("low", e.GetProperty("threat").GetString());
        Assert.Equal(12.5, e.GetProperty("durationMs").GetDouble());
        var request = e.GetProperty("request");
        Assert.Equal("/orders/1042", request.GetProperty("path").GetString());
        Assert.Equal("expand=items", request.GetProperty("query").GetString());
        Assert.Equal("203.0.113.7", request.GetProperty("clientIp").GetString());
        Assert.Equal("user-7", request.GetProperty("user").GetProperty("id").GetString());
        Assert.Equal(2, request.GetProperty("headers").GetProperty("X-Multi").GetArrayLength());
        Assert.Equal(200, e.GetProperty("response").GetProperty("status").GetInt32());
        Assert.Equal("boom", e.GetProperty("error").GetProperty("message").GetString());
        Assert.Contains(e.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "VG1301" && f.GetProperty("location").GetString() == "path[1]");
    }

    [Fact]
    public async Task Gzip_batches_are_accepted()
    {
        await using var collector = await CollectorHost.StartAsync();
        var events = Enumerable.Range(0, 50).Select(i => Exchanges.OfSize(1024, i)).ToList();

        var response = await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.GzipJson(events));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(50, body.GetProperty("stored").GetInt32());
    }

    [Fact]
    public async Task Redelivered_batch_is_stored_once_and_counted_once()
    {
        await using var collector = await CollectorHost.StartAsync();
        var client = collector.Client(collector.IngestKey);
        var events = Enumerable.Range(0, 3).Select(i => Exchanges.Get($"/items/{i}")).ToList();

        await TestKit.Ingest.PostAsync(client, TestKit.Ingest.Json(events));
        var again = await TestKit.Ingest.PostAsync(client, TestKit.Ingest.Json(events));

        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal(0, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("stored").GetInt32());
        var endpoints = await collector.Client(collector.ReadKey).GetFromJsonAsync<JsonElement>("v1/endpoints");
        Assert.Equal(3, endpoints.GetProperty("endpoints")[0].GetProperty("requests").GetInt64());
    }

    [Fact]
    public async Task Events_without_an_id_get_one()
    {
        await using var collector = await CollectorHost.StartAsync();
        var e = Exchanges.Get("/health");
        e.Id = null;

        await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json([e]));

        var events = await collector.Client(collector.ReadKey).GetFromJsonAsync<JsonElement>("v1/events");
        Assert.True(Guid.TryParse(events.GetProperty("events")[0].GetProperty("id").GetString(), out _));
    }

    [Fact]
    public async Task Accepted_events_survive_a_restart()
    {
        await using var collector = await CollectorHost.StartAsync();
        var e = Exchanges.Get("/orders/7");
        var response = await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json([e]));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);

        await collector.RestartAsync();

        var stored = await collector.Client(collector.ReadKey).GetAsync($"v1/events/{e.Id}");
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
    }

    [Fact]
    public async Task Collector_masks_secrets_again_on_ingest()
    {
        await using var collector = await CollectorHost.StartAsync();
        var e = Exchanges.Get("/me");
        e.Request.Headers["Authorization"] = ["Bearer s3cr3t-token-value"];
        e.Request.Query = "api_key=AKIA-very-secret&page=2";

        await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json([e]));

        var stored = await collector.Client(collector.ReadKey).GetStringAsync($"v1/events/{e.Id}");
        Assert.DoesNotContain("s3cr3t-token-value", stored);
        Assert.DoesNotContain("AKIA-very-secret", stored);
        Assert.Contains("page=2", stored);
    }

    [Fact]
    public async Task A_bad_batch_does_not_drop_good_batches_sent_beside_it()
    {
        await using var collector = await CollectorHost.StartAsync();
        var client = collector.Client(collector.IngestKey);
        var good = Enumerable.Range(0, 20).Select(i => Enumerable.Range(0, 10).Select(j => Exchanges.Get($"/a/{i}/{j}")).ToList()).ToList();

        var sends = good.Select(b => TestKit.Ingest.PostAsync(client, TestKit.Ingest.Json(b)))
            .Concat(Enumerable.Range(0, 10).Select(_ => TestKit.Ingest.PostAsync(client, TestKit.Ingest.Raw("""{"events":[{"timestamp":"2026-01-01T00:00:00Z","request":{},"response":{}}]}"""))))
            .ToList();
        var responses = await Task.WhenAll(sends);

        Assert.Equal(20, responses.Count(r => r.StatusCode == HttpStatusCode.Accepted));
        Assert.Equal(10, responses.Count(r => r.StatusCode == HttpStatusCode.BadRequest));
        var events = await collector.Client(collector.ReadKey).GetFromJsonAsync<JsonElement>("v1/events?limit=1000");
        Assert.Equal(200, events.GetProperty("events").GetArrayLength());
    }
}
