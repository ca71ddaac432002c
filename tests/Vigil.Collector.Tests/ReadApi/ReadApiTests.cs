using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Storage;
using Vigil.TestKit;

namespace Vigil.Collector.Tests.ReadApi;

public sealed class ReadApiTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);
    private CollectorHost _collector = null!;

    public async Task InitializeAsync()
    {
        _collector = await CollectorHost.StartAsync();
        var events = new[]
        {
            Exchanges.Get("/orders/1001", 200, "/orders/{id:int}", 10, T0),
            Exchanges.Get("/orders/1002", 200, "/orders/{id:int}", 20, T0.AddMinutes(1)),
            Exchanges.Get("/orders/1003", 404, "/orders/{id:int}", 30, T0.AddMinutes(2)),
            Exchanges.Get("/orders/1004", 500, "/orders/{id:int}", 400, T0.AddMinutes(3)),
            Exchanges.Get("/users/3f2504e0-4f89-11d3-9a0c-0305e82c3301/avatar", 200, null, 5, T0.AddMinutes(4)),
        };
        var response = await TestKit.Ingest.PostAsync(_collector.Client(_collector.IngestKey), TestKit.Ingest.Json(events));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    public async Task DisposeAsync() => await _collector.DisposeAsync();

    private async Task<JsonElement> Get(string url, string? key = null) =>
        await _collector.Client(key ?? _collector.ReadKey).GetFromJsonAsync<JsonElement>(url);

    private static IEnumerable<string> Paths(JsonElement list) =>
        list.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("request").GetProperty("path").GetString()!);

    [Fact]
    public async Task Read_answers_are_never_stored_by_a_cache()
    {
        using var response = await _collector.Client(_collector.ReadKey).GetAsync("v1/events?limit=1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(response.Headers.CacheControl?.NoStore, "GET /v1/events must say Cache-Control: no-store");
    }

    [Fact]
    public async Task Events_are_newest_first_and_limited()
    {
        var events = await Get("v1/events?limit=2");

        Assert.Equal(["/users/3f2504e0-4f89-11d3-9a0c-0305e82c3301/avatar", "/orders/1004"], Paths(events));
    }

    [Fact]
    public async Task Events_filter_by_endpoint_status_and_since()
    {
        Assert.Equal(4, Paths(await Get("v1/events?endpoint=/orders/{id:int}")).Count());
        Assert.Equal(4, Paths(await Get("v1/events?endpoint=GET%20/orders/{id:int}")).Count());
        Assert.Empty(Paths(await Get("v1/events?endpoint=POST%20/orders/{id:int}")));
        Assert.Equal(["/orders/1003"], Paths(await Get("v1/events?status=404")));
        Assert.Equal(["/users/3f2504e0-4f89-11d3-9a0c-0305e82c3301/avatar", "/orders/1004"], Paths(await Get($"v1/events?since={Uri.EscapeDataString(T0.AddMinutes(3).ToString("O"))}")));
    }

    [Theory]
    [InlineData("v1/events?limit=0", "limit")]
    [InlineData("v1/events?limit=abc", "limit")]
    [InlineData("v1/events?limit=100000", "limit")]
    [InlineData("v1/events?status=42", "status")]
    [InlineData("v1/events?since=last-tuesday", "since")]
    [InlineData("v1/events/not-a-guid", "id")]
    public async Task Bad_query_parameters_are_400_naming_the_parameter(string url, string parameter)
    {
        var response = await _collector.Client(_collector.ReadKey).GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(parameter, problem.GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task Endpoints_show_counts_error_rates_latency_and_inferred_templates()
    {
        var endpoints = (await Get("v1/endpoints")).GetProperty("endpoints").EnumerateArray().ToList();

        var orders = endpoints.Single(e => e.GetProperty("route").GetString() == "/orders/{id:int}");
        Assert.Equal("GET", orders.GetProperty("method").GetString());
        Assert.Equal(4, orders.GetProperty("requests").GetInt64());
        Assert.Equal(0.5, orders.GetProperty("errorRate").GetDouble());
        Assert.Equal(0.25, orders.GetProperty("serverErrorRate").GetDouble());
        var latency = orders.GetProperty("latencyMs");
        Assert.InRange(latency.GetProperty("p50").GetDouble(), 19, 21);
        Assert.InRange(latency.GetProperty("p99").GetDouble(), 390, 410);
        Assert.Equal(T0, orders.GetProperty("firstSeen").GetDateTimeOffset());
        Assert.Equal(T0.AddMinutes(3), orders.GetProperty("lastSeen").GetDateTimeOffset());

        Assert.Contains(endpoints, e => e.GetProperty("route").GetString() == "/users/{id}/avatar");
    }

    [Fact]
    public async Task Findings_have_their_shape_even_when_empty()
    {
        var findings = await Get("v1/findings");

        Assert.Equal(JsonValueKind.Array, findings.GetProperty("findings").ValueKind);
    }

    [Fact]
    public async Task A_project_sees_only_its_own_data()
    {
        var otherKey = await _collector.CreateKeyAsync("other-project", KeyScope.Read);
        var mine = (await Get("v1/events")).GetProperty("events")[0].GetProperty("id").GetString();

        Assert.Empty(Paths(await Get("v1/events", otherKey)));
        Assert.Empty((await Get("v1/endpoints", otherKey)).GetProperty("endpoints").EnumerateArray());
        var response = await _collector.Client(otherKey).GetAsync($"v1/events/{mine}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("v1/events")]
    [InlineData("v1/endpoints")]
    [InlineData("v1/findings")]
    public async Task Read_api_needs_a_read_key(string url)
    {
        Assert.Equal(HttpStatusCode.Unauthorized, (await _collector.Client().GetAsync(url)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _collector.Client(_collector.IngestKey).GetAsync(url)).StatusCode);
    }
}
