using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Vigil.TestKit;

namespace Vigil.Collector.Tests.Scans;

public sealed class CodeLinkTests
{
    private const string Spec = """
        openapi: 3.0.3
        info: {title: Shop, version: '1'}
        paths:
          /orders/{orderId}:
            get:
              parameters: [{name: orderId, in: path, required: true, schema: {type: integer}}]
              responses: {'200': {description: ok}}
          /legacy/export:
            get:
              responses: {'200': {description: ok}}
        """;

    private static async Task<CollectorHost> StartWithScanAsync()
    {
        var collector = await CollectorHost.StartAsync();
        var uploaded = await collector.Client(collector.ReadKey).PostAsync("v1/scans", new StringContent(ScanUploadTests.Scan, Encoding.UTF8, "application/json"));
        uploaded.EnsureSuccessStatusCode();
        return collector;
    }

    [Fact]
    public async Task Traffic_spec_and_code_meet_on_the_route_shape_and_code_decides_shadow_and_zombie()
    {
        await using var collector = await StartWithScanAsync();
        var read = collector.Client(collector.ReadKey);
        (await read.PostAsync("v1/specs", new StringContent(Spec, Encoding.UTF8, "application/yaml"))).EnsureSuccessStatusCode();
        await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json([Exchanges.Get("/orders/1001", route: "/orders/{id}"), Exchanges.Get("/legacy/export")]));

        var inventory = await read.GetFromJsonAsync<JsonElement>("v1/endpoints");

        var orders = Single(inventory.GetProperty("endpoints"), "GET", "/orders/{id}");
        Assert.Equal(["traffic", "spec", "code"], Strings(orders.GetProperty("sources")));
        Assert.Equal("documented", orders.GetProperty("status").GetString());
        Assert.Equal(("OrdersController.Get", "Controllers/OrdersController.cs", 21, "authenticated"), (orders.GetProperty("handler").GetString(), orders.GetProperty("file").GetString(), orders.GetProperty("line").GetInt32(), orders.GetProperty("codeAuth").GetString()));

        // Documented and still called, but no handler declares it: the spec promises something the code no longer has.
        var legacy = Single(inventory.GetProperty("endpoints"), "GET", "/legacy/export");
        Assert.Equal(("zombie", false), (legacy.GetProperty("status").GetString(), legacy.TryGetProperty("handler", out _)));

        // In code, never called, not documented: shadow, known only from code.
        var admin = Single(inventory.GetProperty("unseen"), "DELETE", "/admin/cache");
        Assert.Equal(["code"], Strings(admin.GetProperty("sources")));
        Assert.Equal("shadow", admin.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Without_a_spec_code_adds_its_source_and_code_only_endpoints_but_no_status()
    {
        await using var collector = await StartWithScanAsync();
        await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json([Exchanges.Get("/search")]));

        var inventory = await collector.Client(collector.ReadKey).GetFromJsonAsync<JsonElement>("v1/endpoints");

        var search = Single(inventory.GetProperty("endpoints"), "GET", "/search");
        Assert.Equal(["traffic", "code"], Strings(search.GetProperty("sources")));
        Assert.False(search.TryGetProperty("status", out _));
        Assert.Equal(2, inventory.GetProperty("unseen").GetArrayLength());
    }

    [Fact]
    public async Task An_attack_on_an_endpoint_with_the_same_weakness_in_code_is_escalated_and_linked_to_the_handler()
    {
        await using var collector = await StartWithScanAsync();
        var attack = Exchanges.Get("/search", route: "/search");
        attack.Request.Query = "name=%27%20OR%201%3D1--";
        var elsewhere = Exchanges.Get("/orders/7", route: "/orders/{id:int}");
        elsewhere.Request.Query = "q=%27%20OR%201%3D1--";
        await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json([attack, elsewhere]));
        var read = collector.Client(collector.ReadKey);

        var feed = (await read.GetFromJsonAsync<JsonElement>("v1/findings")).GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("ruleId").GetString() == "VG1001").ToList();
        var onSearch = feed.Single(f => f.GetProperty("eventId").GetGuid() == attack.Id);
        Assert.Equal("high", onSearch.GetProperty("threat").GetString());
        Assert.Contains("VG4001", onSearch.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Contains("Program.cs:9", onSearch.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal(("Program.cs", 7), (onSearch.GetProperty("source").GetProperty("file").GetString(), onSearch.GetProperty("source").GetProperty("line").GetInt32()));

        // Same attack where the code has no SQL finding: linked to its handler, not escalated.
        var onOrders = feed.Single(f => f.GetProperty("eventId").GetGuid() == elsewhere.Id);
        Assert.False(onOrders.TryGetProperty("message", out _));
        Assert.Equal(21, onOrders.GetProperty("source").GetProperty("line").GetInt32());

        var evt = await read.GetFromJsonAsync<JsonElement>($"v1/events/{attack.Id}");
        Assert.Equal("high", evt.GetProperty("threat").GetString());
        Assert.Equal("Program.cs", evt.GetProperty("findings").EnumerateArray().First(f => f.GetProperty("ruleId").GetString() == "VG1001").GetProperty("source").GetProperty("file").GetString());
    }

    private static JsonElement Single(JsonElement list, string method, string route) =>
        list.EnumerateArray().Single(e => e.GetProperty("method").GetString() == method && e.GetProperty("route").GetString() == route);

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(e => e.GetString()!)];
}
