using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Core.Capture;
using Vigil.TestKit;
using static Vigil.Collector.Tests.Settings.SettingsApi;

namespace Vigil.Collector.Tests.Settings;

public sealed class IpListApiTests
{
    private static CapturedExchange From(string ip, int second)
    {
        var e = Exchanges.Get("/menu", route: "/menu", at: T0.AddSeconds(second));
        e.Request.ClientIp = ip;
        return e;
    }

    private static IEnumerable<JsonElement> Listed(JsonElement stored) =>
        stored.GetProperty("findings").EnumerateArray().Where(f => f.GetProperty("ruleId").GetString() == "VG1501");

    [Fact]
    public async Task An_event_from_a_listed_address_gets_a_VG1501_finding_until_the_list_is_deleted()
    {
        await using var collector = await CollectorHost.StartAsync();
        var read = collector.Client(collector.ReadKey);
        var ingest = collector.Client(collector.IngestKey);
        var before = From("198.51.100.7", 0);
        await TestKit.Ingest.PostAsync(ingest, TestKit.Ingest.Json([before]));
        Assert.Empty(Listed(await EventAsync(read, before)));

        var put = await read.PutAsync("v1/ip-lists/denylist", Text("# ours\n198.51.100.0/24\n203.0.113.99 scanner\n"));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        Assert.Equal(2, (await put.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("entries").GetInt32());
        var listed = From("198.51.100.7", 1);
        await TestKit.Ingest.PostAsync(ingest, TestKit.Ingest.Json([listed]));

        var finding = Assert.Single(Listed(await EventAsync(read, listed)));
        Assert.Equal("high", finding.GetProperty("threat").GetString()); // the list's name is its default category
        Assert.Contains("denylist:2", finding.GetProperty("evidence").GetString(), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NoContent, (await read.DeleteAsync("v1/ip-lists/denylist")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await read.DeleteAsync("v1/ip-lists/denylist")).StatusCode);
        var afterDelete = From("198.51.100.7", 2);
        await TestKit.Ingest.PostAsync(ingest, TestKit.Ingest.Json([afterDelete]));
        Assert.Empty(Listed(await EventAsync(read, afterDelete)));
    }

    [Fact]
    public async Task Uploading_under_the_same_name_replaces_the_list()
    {
        await using var collector = await CollectorHost.StartAsync();
        var read = collector.Client(collector.ReadKey);
        await read.PutAsync("v1/ip-lists/tor", Text("198.51.100.7\n"));
        await read.PutAsync("v1/ip-lists/tor", Text("192.0.2.1\n192.0.2.2\n"));

        var lists = (await read.GetFromJsonAsync<JsonElement>("v1/ip-lists")).GetProperty("lists");
        Assert.Equal(2, Assert.Single(lists.EnumerateArray()).GetProperty("entries").GetInt32());
        var e = From("198.51.100.7", 0);
        await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json([e]));
        Assert.Empty(Listed(await EventAsync(read, e)));
    }

    [Fact]
    public async Task A_bad_list_is_refused_with_every_bad_line_and_nothing_is_stored()
    {
        await using var collector = await CollectorHost.StartAsync();
        var read = collector.Client(collector.ReadKey);

        var bad = await read.PutAsync("v1/ip-lists/deny", Text("nope\n10.0.0.1/99\n# fine\n192.0.2.1\n" + new string('9', 600) + "\n"));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var messages = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("message").GetString()!).ToList();
        Assert.Equal(3, messages.Count);
        Assert.StartsWith("line 1:", messages[0], StringComparison.Ordinal);
        Assert.StartsWith("line 2:", messages[1], StringComparison.Ordinal);
        Assert.StartsWith("line 5:", messages[2], StringComparison.Ordinal);
        Assert.Equal(["name", "content"], await FieldsAsync(await read.PutAsync("v1/ip-lists/bad%20name", Text("# only a comment\n"))));
        Assert.Empty((await read.GetFromJsonAsync<JsonElement>("v1/ip-lists")).GetProperty("lists").EnumerateArray());
    }

    private static string Addresses(int first, int count) =>
        string.Concat(Enumerable.Range(first, count).Select(i => $"10.{i >> 16 & 255}.{i >> 8 & 255}.{i & 255}\n"));

    [Fact]
    public async Task A_list_that_would_take_the_project_past_its_network_cap_is_refused_with_the_counts()
    {
        await using var collector = await CollectorHost.StartAsync();
        var read = collector.Client(collector.ReadKey);
        Assert.Equal(HttpStatusCode.OK, (await read.PutAsync("v1/ip-lists/one", Text(Addresses(0, 60_000)))).StatusCode);

        var over = await read.PutAsync("v1/ip-lists/two", Text(Addresses(60_000, 40_001)));

        Assert.Equal(HttpStatusCode.BadRequest, over.StatusCode);
        var message = (await over.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors")[0].GetProperty("message").GetString()!;
        Assert.Contains("at most 100000 networks in all; this list has 40001 and the project's other lists 60000", message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await read.PutAsync("v1/ip-lists/two", Text(Addresses(60_000, 40_000)))).StatusCode);
        // Replacing a list counts only its new size.
        Assert.Equal(HttpStatusCode.OK, (await read.PutAsync("v1/ip-lists/two", Text(Addresses(60_000, 40_000)))).StatusCode);
    }
}
