using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Vigil.TestKit;

namespace Vigil.Collector.Tests.Scans;

public sealed class ScanUploadTests
{
    internal const string Scan = """
        {
          "subject": "Shop",
          "files": 3,
          "lines": 120,
          "endpoints": [
            {"methods": ["GET"], "route": "/search", "handler": "lambda in Program.<Main>", "file": "Program.cs", "line": 7, "auth": "public"},
            {"methods": ["GET"], "route": "/orders/{id:int}", "handler": "OrdersController.Get", "file": "Controllers/OrdersController.cs", "line": 21, "auth": "authenticated"},
            {"methods": ["DELETE"], "route": "/admin/cache", "handler": "AdminController.Flush", "file": "Controllers/AdminController.cs", "line": 9, "auth": "policy"}
          ],
          "findings": [
            {"ruleId": "VG4001", "title": "SQL injection: request data in SQL text", "threat": "high", "cwe": "CWE-89", "endpoint": "GET /search", "file": "Program.cs", "line": 9, "message": "name reaches SqlCommand"},
            {"ruleId": "VG4203", "title": "Developer exception page", "threat": "medium", "file": "Program.cs", "line": 3}
          ]
        }
        """;

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    [Fact]
    public async Task An_uploaded_scan_is_summarised_by_latest_and_survives_a_restart()
    {
        await using var collector = await CollectorHost.StartAsync();

        var uploaded = await collector.Client(collector.ReadKey).PostAsync("v1/scans", Json(Scan));
        Assert.Equal(HttpStatusCode.Created, uploaded.StatusCode);
        await collector.RestartAsync();

        var latest = await collector.Client(collector.ReadKey).GetFromJsonAsync<JsonElement>("v1/scans/latest");
        Assert.Equal("Shop", latest.GetProperty("subject").GetString());
        Assert.Equal((3, 2), (latest.GetProperty("endpoints").GetInt32(), latest.GetProperty("findings").GetInt32()));
        Assert.Equal(1, latest.GetProperty("findingsByThreat").GetProperty("high").GetInt32());
    }

    [Fact]
    public async Task Latest_is_404_with_the_command_to_run_before_any_upload()
    {
        await using var collector = await CollectorHost.StartAsync();

        var response = await collector.Client(collector.ReadKey).GetAsync("v1/scans/latest");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("vigil scan", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_bad_scan_is_refused_with_every_problem_at_once_and_nothing_is_stored()
    {
        await using var collector = await CollectorHost.StartAsync();
        const string bad = """
            {"endpoints": [
              {"methods": ["get"], "route": "orders", "handler": "H", "file": "A.cs", "line": 0, "auth": "anyone"},
              {"route": "/ok", "handler": "H", "file": "A.cs", "line": 1, "auth": "public"}
            ],
             "findings": [{"ruleId": "VG4001", "title": "t", "threat": "severe", "endpoint": "search"}]}
            """;

        var response = await collector.Client(collector.ReadKey).PostAsync("v1/scans", Json(bad));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()!).ToArray();
        Assert.Equal(
            ["endpoints[0].methods[0]", "endpoints[0].route", "endpoints[0].line", "endpoints[0].auth", "endpoints[1].methods", "findings[0].threat", "findings[0].endpoint"],
            fields);
        Assert.Equal(HttpStatusCode.NotFound, (await collector.Client(collector.ReadKey).GetAsync("v1/scans/latest")).StatusCode);
    }

    [Fact]
    public async Task The_optional_auth_reason_and_advice_the_dashboard_shows_are_bounded_like_every_other_text()
    {
        await using var collector = await CollectorHost.StartAsync();
        var bad = Scan.Replace("\"auth\": \"public\"}", "\"auth\": \"public\", \"authReason\": \"\"}", StringComparison.Ordinal)
            .Replace("\"line\": 3}", "\"line\": 3, \"howToFix\": \"" + new string('x', 4001) + "\"}", StringComparison.Ordinal);

        var response = await collector.Client(collector.ReadKey).PostAsync("v1/scans", Json(bad));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()!).ToArray();
        Assert.Equal(["endpoints[0].authReason", "findings[1].howToFix"], fields);
    }

    [Theory]
    [InlineData("{\"endpoints\": [{\"methods\": [\"GET\"], \"line\": \"seven\"}]}", "endpoints[0].line")]
    [InlineData("{\"endpoints\": [", "endpoints")]
    [InlineData("[1,2]", "body")]
    [InlineData("{}", "endpoints")]
    public async Task Malformed_json_is_a_400_naming_where(string body, string field)
    {
        await using var collector = await CollectorHost.StartAsync();

        var response = await collector.Client(collector.ReadKey).PostAsync("v1/scans", Json(body));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        Assert.StartsWith(field, error.GetProperty("field").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gzip_bomb_is_cut_off_with_413()
    {
        await using var collector = await CollectorHost.StartAsync();
        var bomb = "{\"subject\":\"" + new string('a', 20 * 1024 * 1024) + "\"}";

        var response = await collector.Client(collector.ReadKey).PostAsync("v1/scans", TestKit.Ingest.Gzip(Encoding.UTF8.GetBytes(bomb)));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Millions_of_empty_entries_are_refused_while_reading()
    {
        await using var collector = await CollectorHost.StartAsync();
        var entries = 2_000_000;
        var body = new StringBuilder("{\"endpoints\":[", entries * 3 + 20);
        body.Append(string.Join(',', Enumerable.Repeat("{}", entries))).Append("]}");

        var response = await collector.Client(collector.ReadKey).PostAsync("v1/scans", TestKit.Ingest.Gzip(Encoding.UTF8.GetBytes(body.ToString())));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0];
        Assert.Equal("endpoints", error.GetProperty("field").GetString());
        // Counted while reading (the validator would say "has 2000000 entries"): the 2 million entries were never built.
        Assert.StartsWith("has more than 20000 entries", error.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Gzip_is_accepted_and_an_ingest_key_is_not()
    {
        await using var collector = await CollectorHost.StartAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await collector.Client(collector.IngestKey).PostAsync("v1/scans", Json(Scan))).StatusCode);
        var response = await collector.Client(collector.ReadKey).PostAsync("v1/scans", TestKit.Ingest.Gzip(Encoding.UTF8.GetBytes(Scan)));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }
}
