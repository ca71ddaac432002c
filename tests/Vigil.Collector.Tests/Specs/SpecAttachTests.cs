using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Vigil.TestKit;

namespace Vigil.Collector.Tests.Specs;

public sealed class SpecAttachTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Orders, version: '1'}
        paths:
          /orders/{id}:
            get:
              parameters:
                - {name: id, in: path, required: true, schema: {type: integer, minimum: 1}}
              responses:
                '200':
                  description: An order
                  content:
                    application/json:
                      schema:
                        type: object
                        properties:
                          id: {type: integer}
        """;

    private static StringContent Yaml(string text) => new(text, Encoding.UTF8, "application/yaml");

    [Fact]
    public async Task An_attached_spec_turns_shadow_endpoints_and_extra_response_fields_into_findings()
    {
        await using var collector = await CollectorHost.StartAsync();
        var read = collector.Client(collector.ReadKey);

        var attached = await read.PostAsync("v1/specs?name=orders.yaml", Yaml(Spec));
        Assert.Equal(HttpStatusCode.Created, attached.StatusCode);
        var summary = await attached.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, summary.GetProperty("operations").GetInt32());

        var shadow = Exchanges.Get("/admin/export");
        var leaky = Exchanges.Get("/orders/7");
        leaky.Response.Body = """{"id":7,"internalCost":3}""";
        var fine = Exchanges.Get("/orders/8");
        fine.Response.Body = """{"id":8}""";
        await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json([shadow, leaky, fine]));

        Assert.Equal([("VG3101", "/request/path")], await ContractFindingsAsync(read, shadow.Id));
        Assert.Equal([("VG3107", "/response/body/internalCost")], await ContractFindingsAsync(read, leaky.Id));
        Assert.Empty(await ContractFindingsAsync(read, fine.Id));
    }

    [Fact]
    public async Task A_batch_with_duplicate_json_keys_is_stored_whole()
    {
        await using var collector = await CollectorHost.StartAsync();
        var read = collector.Client(collector.ReadKey);
        await read.PostAsync("v1/specs", Yaml(Spec));
        var duplicated = Exchanges.Get("/orders/7");
        duplicated.Response.Body = """{"id":7,"id":8}""";
        var fine = Exchanges.Get("/orders/8");
        fine.Response.Body = """{"id":8,"extra":1}""";

        var response = await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json([duplicated, fine]));

        Assert.True(response.IsSuccessStatusCode, response.StatusCode.ToString());
        Assert.Empty(await ContractFindingsAsync(read, duplicated.Id));
        Assert.Equal([("VG3107", "/response/body/extra")], await ContractFindingsAsync(read, fine.Id));
    }

    [Fact]
    public async Task A_shadow_finding_names_the_templated_endpoint_never_the_raw_path()
    {
        await using var collector = await CollectorHost.StartAsync();
        var read = collector.Client(collector.ReadKey);
        await read.PostAsync("v1/specs", Yaml(Spec));
        var shadow = Exchanges.Get("/reset/eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJlc2lnbmF0dXJl/3fa85f64-5717-4562-b3fc-2c963f66afa6");
        await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json([shadow]));

        var stored = await read.GetFromJsonAsync<JsonElement>($"v1/events/{shadow.Id}");

        var finding = Assert.Single(stored.GetProperty("findings").EnumerateArray(), f => f.GetProperty("ruleId").GetString() == "VG3101");
        Assert.DoesNotContain("eyJzdWIi", finding.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("3fa85f64", finding.GetRawText(), StringComparison.Ordinal);
        Assert.Equal("low", finding.GetProperty("threat").GetString(), ignoreCase: true);
    }

    [Fact]
    public async Task Uploads_are_one_at_a_time_and_bounded_in_size()
    {
        await using var collector = await CollectorHost.StartAsync();
        var read = collector.Client(collector.ReadKey);
        var registry = (Vigil.Collector.Specs.SpecRegistry)collector.Services.GetService(typeof(Vigil.Collector.Specs.SpecRegistry))!;

        await registry.Uploads.WaitAsync();
        HttpResponseMessage busy;
        try
        {
            busy = await read.PostAsync("v1/specs", Yaml(Spec));
        }
        finally
        {
            registry.Uploads.Release();
        }

        var huge = await read.PostAsync("v1/specs", Yaml(Spec + "\n# " + new string('x', Vigil.Collector.Specs.SpecEndpoints.MaxSpecBytes)));
        var fine = await read.PostAsync("v1/specs", Yaml(Spec));

        Assert.Equal(HttpStatusCode.TooManyRequests, busy.StatusCode);
        Assert.NotNull(busy.Headers.RetryAfter);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        Assert.Equal(HttpStatusCode.Created, fine.StatusCode);
        Assert.Equal(8 * 1024 * 1024, Vigil.Collector.Specs.SpecEndpoints.MaxSpecBytes);
    }

    [Fact]
    public async Task The_spec_survives_a_restart()
    {
        await using var collector = await CollectorHost.StartAsync();
        await collector.Client(collector.ReadKey).PostAsync("v1/specs", Yaml(Spec));
        await collector.RestartAsync();

        var shadow = Exchanges.Get("/admin/export");
        await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json([shadow]));

        Assert.Equal([("VG3101", "/request/path")], await ContractFindingsAsync(collector.Client(collector.ReadKey), shadow.Id));
    }

    [Fact]
    public async Task An_invalid_spec_is_refused_with_every_error_and_its_line()
    {
        await using var collector = await CollectorHost.StartAsync();

        var response = await collector.Client(collector.ReadKey).PostAsync("v1/specs?name=bad.yaml", Yaml("openapi: 3.0.0\ninfo: {title: x\n"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Matches(@"^bad\.yaml:\d+:\d+$", problem.GetProperty("errors")[0].GetProperty("field").GetString());
    }

    [Fact]
    public async Task Attaching_needs_a_read_key_not_an_ingest_key()
    {
        await using var collector = await CollectorHost.StartAsync();

        var response = await collector.Client(collector.IngestKey).PostAsync("v1/specs", Yaml(Spec));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Get_openapi_infers_a_31_document_from_the_projects_traffic()
    {
        await using var collector = await CollectorHost.StartAsync();
        var a = Exchanges.Get("/orders/7", route: "/orders/{id:int}");
        a.Response.Body = """{"id":7,"total":12.5}""";
        var b = Exchanges.Get("/orders/8", route: "/orders/{id:int}");
        b.Response.Body = """{"id":8}""";
        await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json([a, b]));

        var inferred = await collector.Client(collector.ReadKey).GetFromJsonAsync<JsonElement>("v1/openapi");

        Assert.StartsWith("3.1", inferred.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var schema = inferred.GetProperty("paths").GetProperty("/orders/{id}").GetProperty("get").GetProperty("responses").GetProperty("200")
            .GetProperty("content").GetProperty("application/json").GetProperty("schema");
        Assert.Equal(["id"], schema.GetProperty("required").EnumerateArray().Select(r => r.GetString()));
    }

    [Fact]
    public async Task Endpoints_carry_their_sources_and_a_documented_shadow_or_zombie_status()
    {
        await using var collector = await CollectorHost.StartAsync();
        var read = collector.Client(collector.ReadKey);
        await read.PostAsync("v1/specs", Yaml(Spec + "\n" + """
              /legacy:
                get:
                  deprecated: true
                  responses: {'200': {description: Old}}
              /reports:
                get:
                  responses: {'200': {description: Never called}}
            """));
        var order = Exchanges.Get("/orders/7", route: "/orders/{id:int}");
        order.Request.Query = "debug=1";
        order.Response.Body = """{"id":7,"costPrice":2}""";
        var old = Exchanges.Get("/orders/9", route: "/orders/{id:int}", at: DateTimeOffset.UtcNow.AddDays(-40));
        old.Response.Body = """{"id":9}""";
        await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json([order, old, Exchanges.Get("/legacy"), Exchanges.Get("/admin/export")]));

        var view = await read.GetFromJsonAsync<JsonElement>("v1/endpoints");

        var seen = view.GetProperty("endpoints").EnumerateArray().ToDictionary(e => e.GetProperty("route").GetString()!);
        Assert.Equal("documented", seen["/orders/{id:int}"].GetProperty("status").GetString());
        Assert.Equal(["traffic", "spec"], seen["/orders/{id:int}"].GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("/orders/{id}", seen["/orders/{id:int}"].GetProperty("documentedRoute").GetString());
        Assert.Equal(["/request/query/debug"], seen["/orders/{id:int}"].GetProperty("undocumentedParameters").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal(["/response/body/costPrice"], seen["/orders/{id:int}"].GetProperty("undocumentedFields").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("zombie", seen["/legacy"].GetProperty("status").GetString());
        Assert.Equal("shadow", seen["/admin/export"].GetProperty("status").GetString());
        var unseen = Assert.Single(view.GetProperty("unseen").EnumerateArray());
        Assert.Equal("/reports", unseen.GetProperty("route").GetString());
        // Traffic has been watched for 40 days (> the 30-day window) and nobody called it.
        Assert.Equal("zombie", unseen.GetProperty("status").GetString());
    }

    private static async Task<List<(string, string)>> ContractFindingsAsync(HttpClient read, Guid? id)
    {
        var stored = await read.GetFromJsonAsync<JsonElement>($"v1/events/{id}");
        return [.. stored.GetProperty("findings").EnumerateArray()
            .Where(f => f.GetProperty("ruleId").GetString()!.StartsWith("VG31", StringComparison.Ordinal))
            .Select(f => (f.GetProperty("ruleId").GetString()!, f.GetProperty("location").GetString()!))];
    }
}
