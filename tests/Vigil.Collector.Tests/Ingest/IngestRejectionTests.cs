using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Vigil.Protocol;
using Vigil.Storage;
using Vigil.TestKit;

namespace Vigil.Collector.Tests.Ingest;

public sealed class IngestRejectionTests : IAsyncLifetime
{
    private CollectorHost _collector = null!;

    public async Task InitializeAsync() => _collector = await CollectorHost.StartAsync();

    public async Task DisposeAsync() => await _collector.DisposeAsync();

    private Task<HttpResponseMessage> Post(HttpContent content, string? key = "ingest") =>
        TestKit.Ingest.PostAsync(_collector.Client(key == "ingest" ? _collector.IngestKey : key), content);

    private static async Task<List<(string Field, string Message)>> ErrorsOf(HttpResponseMessage response)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return problem.GetProperty("errors").EnumerateArray()
            .Select(e => (e.GetProperty("field").GetString()!, e.GetProperty("message").GetString()!))
            .ToList();
    }

    [Theory]
    [InlineData("{\"events\": [", "events")]
    [InlineData("not json at all", "body")]
    [InlineData("{\"events\": [{\"timestamp\": \"2026-01-01T00:00:00Z\", \"durationMs\": \"slow\"}]}", "events[0].durationMs")]
    [InlineData("{\"events\": [{\"timestamp\": \"yesterday\"}]}", "events[0].timestamp")]
    [InlineData("{\"events\": [{\"id\": \"not-a-uuid\"}]}", "events[0].id")]
    [InlineData("{\"events\": [{\"request\": {\"headers\": {\"a\": 5}}}]}", "events[0].request.headers")]
    [InlineData("{\"events\": {}}", "events")]
    public async Task Malformed_json_and_wrong_types_are_400_naming_the_field(string body, string field)
    {
        var response = await Post(TestKit.Ingest.Raw(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = await ErrorsOf(response);
        Assert.Contains(errors, e => e.Field.StartsWith(field, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Missing_and_invalid_fields_are_all_reported_at_once()
    {
        var e = Exchanges.Get("/x");
        e.Request.Method = "";
        e.Request.Scheme = "ftp";
        e.Request.ClientIp = "not-an-ip";
        e.Request.Path = "no-slash";
        e.Response.Status = 999;
        e.DurationMs = -1;

        var response = await Post(TestKit.Ingest.Json([Exchanges.Get("/ok"), e]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = (await ErrorsOf(response)).Select(x => x.Field).ToHashSet();
        Assert.Superset(
            new HashSet<string> { "events[1].request.method", "events[1].request.scheme", "events[1].request.clientIp", "events[1].request.path", "events[1].response.status", "events[1].durationMs" },
            fields);
        var stored = await _collector.Client(_collector.ReadKey).GetFromJsonAsync<JsonElement>("v1/events");
        Assert.Equal(0, stored.GetProperty("events").GetArrayLength());
    }

    [Fact]
    public async Task A_missing_duration_is_refused_rather_than_stored_as_zero_ms()
    {
        var body = """{"events":[{"timestamp":"2026-01-01T00:00:00Z","request":{"method":"GET","scheme":"https","host":"a","path":"/x","clientIp":"10.0.0.1","headers":{}},"response":{"status":200,"headers":{}}}]}""";

        var response = await Post(TestKit.Ingest.Raw(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Assert.Single(await ErrorsOf(response));
        Assert.Equal("events[0].durationMs", error.Field);
        Assert.StartsWith("is required", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_request_and_response_are_400()
    {
        var response = await Post(TestKit.Ingest.Raw("""{"events":[{"timestamp":"2026-01-01T00:00:00Z","durationMs":1}]}"""));

        var fields = (await ErrorsOf(response)).Select(x => x.Field).ToList();
        Assert.Contains("events[0].request", fields);
        Assert.Contains("events[0].response", fields);
    }

    [Fact]
    public async Task Empty_and_oversized_batches_are_400()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await Post(TestKit.Ingest.Raw("""{"events":[]}"""))).StatusCode);
        var tooMany = Enumerable.Range(0, ProtocolLimits.MaxEventsPerBatch + 1).Select(i => Exchanges.Get("/x"));
        Assert.Equal(HttpStatusCode.BadRequest, (await Post(TestKit.Ingest.Json(tooMany))).StatusCode);
    }

    [Fact]
    public async Task Missing_wrong_and_read_scoped_keys_are_refused()
    {
        var batch = () => TestKit.Ingest.Json([Exchanges.Get("/x")]);

        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(batch(), key: null)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(batch(), key: "vgl_i_" + new string('A', 32))).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(batch(), key: "' OR 1=1 --")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await Post(batch(), key: _collector.ReadKey)).StatusCode);
    }

    [Fact]
    public async Task Revoked_key_is_refused()
    {
        var key = await _collector.CreateKeyAsync("other", KeyScope.Ingest);
        var project = await _collector.Store.Projects.FindProjectAsync("other");
        await _collector.Store.Projects.RevokeKeyAsync(project!.Id, key[..12]);

        Assert.Equal(HttpStatusCode.Unauthorized, (await Post(TestKit.Ingest.Json([Exchanges.Get("/x")]), key)).StatusCode);
    }

    [Fact]
    public async Task Body_above_the_limit_is_413()
    {
        var huge = new ByteArrayContent(new byte[ProtocolLimits.MaxRequestBytes + 1]);
        huge.Headers.ContentType = new("application/json");

        var response = await Post(huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Gzip_bomb_is_413_without_inflating_it()
    {
        // 80 MiB of spaces compresses to ~80 KiB: small on the wire, above the decompressed limit.
        var bomb = new byte[80 * 1024 * 1024];
        Array.Fill(bomb, (byte)' ');

        var response = await Post(TestKit.Ingest.Gzip(bomb));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Corrupt_gzip_is_400_and_unknown_encoding_is_415()
    {
        var corrupt = new ByteArrayContent(Encoding.UTF8.GetBytes("definitely not gzip"));
        corrupt.Headers.ContentEncoding.Add("gzip");
        Assert.Equal(HttpStatusCode.BadRequest, (await Post(corrupt)).StatusCode);

        var brotli = TestKit.Ingest.Json([Exchanges.Get("/x")]);
        brotli.Headers.ContentEncoding.Add("br");
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, (await Post(brotli)).StatusCode);
    }

    [Fact]
    public async Task Saturated_collector_answers_429_with_retry_after()
    {
        await using var tiny = await CollectorHost.StartAsync(new CollectorOptions { MaxPendingEvents = 5 });

        var response = await TestKit.Ingest.PostAsync(tiny.Client(tiny.IngestKey), TestKit.Ingest.Json(Enumerable.Range(0, 6).Select(i => Exchanges.Get("/x"))));

        Assert.Equal((HttpStatusCode)429, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero);
        var accepted = await TestKit.Ingest.PostAsync(tiny.Client(tiny.IngestKey), TestKit.Ingest.Json(Enumerable.Range(0, 5).Select(i => Exchanges.Get("/x"))));
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
    }

    [Fact]
    public async Task Deeply_nested_json_is_400_not_a_crash()
    {
        var deep = "{\"events\":[{\"x\":" + new string('[', 10_000) + new string(']', 10_000) + "}]}";

        var response = await Post(TestKit.Ingest.Raw(deep));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
