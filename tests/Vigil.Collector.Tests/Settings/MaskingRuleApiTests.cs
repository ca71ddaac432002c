using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Vigil.Core.Capture;
using Vigil.TestKit;
using static Vigil.Collector.Tests.Settings.SettingsApi;

namespace Vigil.Collector.Tests.Settings;

public sealed class MaskingRuleApiTests
{
    private static CapturedExchange Order(int n)
    {
        var e = Exchanges.Get($"/orders/{n}", route: "/orders/{id:int}", at: T0.AddSeconds(n));
        e.Request.Headers["Badge-Ref"] = ["badge-77-secret"];
        e.Response.Body = $$"""{"id":{{n}},"badgeRef":"badge-{{n}}-secret","note":"filed by EMP-123456"}""";
        return e;
    }

    [Fact]
    public async Task A_field_named_by_a_project_rule_never_reaches_storage_unmasked()
    {
        await using var collector = await CollectorHost.StartAsync();
        var read = collector.Client(collector.ReadKey);
        var ingest = collector.Client(collector.IngestKey);
        var before = Order(1);
        await TestKit.Ingest.PostAsync(ingest, TestKit.Ingest.Json([before]));
        Assert.Contains("badge-1-secret", (await EventAsync(read, before)).GetRawText(), StringComparison.Ordinal); // not a built-in name

        var put = await read.PutAsync("v1/masking-rules", Json("""{"names":["badge_ref"],"patterns":["EMP-[0-9]{6}"]}"""));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var after = Order(2);
        await TestKit.Ingest.PostAsync(ingest, TestKit.Ingest.Json([after]));

        var stored = (await EventAsync(read, after)).GetRawText();
        Assert.DoesNotContain("badge-2-secret", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("badge-77-secret", stored, StringComparison.Ordinal);
        Assert.DoesNotContain("EMP-123456", stored, StringComparison.Ordinal);
        Assert.Contains("filed by ****", stored, StringComparison.Ordinal);
        var rules = await read.GetFromJsonAsync<JsonElement>("v1/masking-rules");
        Assert.Equal("badge_ref", rules.GetProperty("names")[0].GetString());
    }

    [Fact]
    public async Task Another_projects_rules_do_not_apply()
    {
        await using var collector = await CollectorHost.StartAsync();
        var other = collector.Client(await collector.CreateKeyAsync("other", Storage.KeyScope.Read));
        await other.PutAsync("v1/masking-rules", Json("""{"names":["badgeRef"]}"""));

        var e = Order(3);
        await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json([e]));

        Assert.Contains("badge-3-secret", (await EventAsync(collector.Client(collector.ReadKey), e)).GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_rules_are_refused_with_every_problem_at_once_and_the_old_ones_kept()
    {
        await using var collector = await CollectorHost.StartAsync();
        var read = collector.Client(collector.ReadKey);
        await read.PutAsync("v1/masking-rules", Json("""{"names":["keep-me"]}"""));

        var bad = await read.PutAsync("v1/masking-rules", Json($$"""{"names":["ok","", "{{new string('n', 65)}}"],"patterns":["(unclosed","(a)\\1","x*","fine-[0-9]+"]}"""));

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(["names[1]", "names[2]", "patterns[0]", "patterns[1]", "patterns[2]"], await FieldsAsync(bad));
        var tooMany = await read.PutAsync("v1/masking-rules", Json("{\"patterns\":[" + string.Join(',', Enumerable.Range(0, 21).Select(i => $"\"p{i}x\"")) + "]}"));
        Assert.Equal(["patterns"], await FieldsAsync(tooMany));
        Assert.Equal("keep-me", (await read.GetFromJsonAsync<JsonElement>("v1/masking-rules")).GetProperty("names")[0].GetString());
    }
}
