using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Alerting;
using Vigil.TestKit;
using static Vigil.Collector.Tests.Settings.SettingsApi;

namespace Vigil.Collector.Tests.Settings;

public sealed class AlertRuleApiTests
{
    private static readonly CollectorOptions WithoutBuiltInRules = new() { Alerting = new AlertingOptions { BuiltInRules = false } };

    [Fact]
    public async Task A_user_rule_opens_an_alert_on_the_third_matching_finding_and_not_before()
    {
        await using var collector = await CollectorHost.StartAsync(WithoutBuiltInRules);
        var read = collector.Client(collector.ReadKey);
        var ingest = collector.Client(collector.IngestKey);
        var created = await read.PostAsync("v1/alert-rules", Json("""{"name":"sqli-burst","ruleId":"VG1001","threshold":3,"windowMinutes":10}"""));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        // Built-in rules off: a project rule never holds back what high-threat would open on the first VG1001.
        (await TestKit.Ingest.PostAsync(ingest, TestKit.Ingest.Json([Injection(0), Injection(60)]))).EnsureSuccessStatusCode();
        await ProcessedAsync(collector, 2);
        Assert.DoesNotContain(await AlertsAsync(read), a => a.GetProperty("ruleId").GetString() == "VG1001");

        (await TestKit.Ingest.PostAsync(ingest, TestKit.Ingest.Json([Injection(120)]))).EnsureSuccessStatusCode();
        await ProcessedAsync(collector, 3);
        var alert = Assert.Single(await AlertsAsync(read), a => a.GetProperty("ruleId").GetString() == "VG1001");
        Assert.Equal("sqli-burst", alert.GetProperty("alertRule").GetString());
        Assert.Equal(3, alert.GetProperty("findings").GetInt32());
    }

    [Fact]
    public async Task Findings_outside_the_window_do_not_add_up()
    {
        await using var collector = await CollectorHost.StartAsync(WithoutBuiltInRules);
        var read = collector.Client(collector.ReadKey);
        await read.PostAsync("v1/alert-rules", Json("""{"name":"sqli-burst","ruleId":"VG1001","threshold":3,"windowMinutes":10}"""));

        await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json([Injection(0), Injection(700), Injection(1400)]));
        await ProcessedAsync(collector, 3);

        Assert.DoesNotContain(await AlertsAsync(read), a => a.GetProperty("ruleId").GetString() == "VG1001");
    }

    [Fact]
    public async Task Rules_are_listed_survive_a_restart_and_are_deleted_by_id()
    {
        await using var collector = await CollectorHost.StartAsync();
        var read = collector.Client(collector.ReadKey);
        var created = await (await read.PostAsync("v1/alert-rules", Json("""{"name":"search","minThreat":"medium","endpoint":"/search"}"""))).Content.ReadFromJsonAsync<JsonElement>();
        var id = created.GetProperty("id").GetString();

        await collector.RestartAsync();
        read = collector.Client(collector.ReadKey);
        var rule = Assert.Single((await read.GetFromJsonAsync<JsonElement>("v1/alert-rules")).GetProperty("rules").EnumerateArray());
        Assert.Equal(("search", "medium", 1, 10.0), (rule.GetProperty("name").GetString(), rule.GetProperty("minThreat").GetString(), rule.GetProperty("threshold").GetInt32(), rule.GetProperty("windowMinutes").GetDouble()));

        Assert.Equal(HttpStatusCode.NoContent, (await read.DeleteAsync($"v1/alert-rules/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await read.DeleteAsync($"v1/alert-rules/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await read.DeleteAsync("v1/alert-rules/not-a-uuid")).StatusCode);
        Assert.Empty((await read.GetFromJsonAsync<JsonElement>("v1/alert-rules")).GetProperty("rules").EnumerateArray());
    }

    [Fact]
    public async Task A_bad_rule_is_refused_with_every_problem_at_once()
    {
        await using var collector = await CollectorHost.StartAsync();
        var read = collector.Client(collector.ReadKey);

        var bad = await read.PostAsync("v1/alert-rules", Json("""{"name":"","ruleId":"VG*1*","minThreat":"severe","threshold":0,"windowMinutes":5000}"""));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["minThreat", "name", "ruleId", "threshold", "windowMinutes"], (await FieldsAsync(bad)).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, (await read.PostAsync("v1/alert-rules", Json("""{"name":"x","threshold":"three"}"""))).StatusCode);
        Assert.Empty((await read.GetFromJsonAsync<JsonElement>("v1/alert-rules")).GetProperty("rules").EnumerateArray());
    }

    [Fact]
    public async Task A_name_is_used_once_per_project_but_another_project_may_reuse_it()
    {
        await using var collector = await CollectorHost.StartAsync();
        var read = collector.Client(collector.ReadKey);
        var other = collector.Client(await collector.CreateKeyAsync("other", Storage.KeyScope.Read));

        Assert.Equal(HttpStatusCode.Created, (await read.PostAsync("v1/alert-rules", Json("""{"name":"dup"}"""))).StatusCode);
        var again = await read.PostAsync("v1/alert-rules", Json("""{"name":"DUP"}"""));
        Assert.Equal(["name"], await FieldsAsync(again));
        Assert.Equal(HttpStatusCode.Created, (await other.PostAsync("v1/alert-rules", Json("""{"name":"dup"}"""))).StatusCode);
        Assert.Single((await other.GetFromJsonAsync<JsonElement>("v1/alert-rules")).GetProperty("rules").EnumerateArray());
    }
}
