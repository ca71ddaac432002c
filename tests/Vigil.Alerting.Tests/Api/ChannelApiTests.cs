using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Vigil.Alerting.Channels;
using Vigil.Alerting.Tests.Support;
using Vigil.TestKit;

namespace Vigil.Alerting.Tests.Api;

public sealed class ChannelApiTests
{
    private static StringContent Body(string json) => new(json, Encoding.UTF8, "application/json");

    // The receivers listen on loopback: these collectors take the operator's opt-in, as an --alerts file would.
    private static Task<CollectorHost> StartAllowingLoopbackAsync() =>
        CollectorHost.StartAsync(new Collector.CollectorOptions { Alerting = new() { AllowPrivateChannelTargets = true } });

    [Fact]
    public async Task A_configured_webhook_receives_a_signed_alert_and_the_delivery_log_shows_it()
    {
        await using var receiver = await WebhookReceiver.StartAsync(200);
        await using var collector = await StartAllowingLoopbackAsync();
        var read = collector.Client(collector.ReadKey);

        var put = await read.PutAsync("v1/channels/oncall", Body($$"""{"kind":"webhook","target":"{{receiver.Url}}","secret":"s3cret","minThreat":"medium"}"""));
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var listed = await read.GetStringAsync("v1/channels");
        Assert.Contains("\"hasSecret\":true", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("s3cret", listed, StringComparison.Ordinal);

        await TestKit.Ingest.PostAsync(collector.Client(collector.IngestKey), TestKit.Ingest.Json(AlertApiTests.Walk(60)));

        var got = await Eventually.GetAsync(() => Task.FromResult(receiver.Requests.ToList()), r => r.Count > 0);
        var request = Assert.Single(got);
        Assert.Equal(WebhookChannel.Sign("s3cret", request.Headers[WebhookChannel.TimestampHeader], request.Body), request.Headers[WebhookChannel.SignatureHeader]);
        var id = JsonDocument.Parse(request.Body).RootElement.GetProperty("alert").GetProperty("id").GetString();

        var log = await Eventually.GetAsync(
            async () => (await read.GetFromJsonAsync<JsonElement>($"v1/alerts/{id}/deliveries")).GetProperty("deliveries").EnumerateArray().ToList(),
            l => l.Count > 0);
        Assert.True(log[0].GetProperty("delivered").GetBoolean());
        Assert.Equal("oncall", log[0].GetProperty("channel").GetString());
    }

    [Fact]
    public async Task A_failing_channel_never_blocks_ingest_or_alerts()
    {
        await using var receiver = await WebhookReceiver.StartAsync(500);
        await using var collector = await StartAllowingLoopbackAsync();
        var read = collector.Client(collector.ReadKey);
        await read.PutAsync("v1/channels/broken", Body($$"""{"kind":"webhook","target":"{{receiver.Url}}"}"""));

        var ingest = collector.Client(collector.IngestKey);
        var first = await TestKit.Ingest.PostAsync(ingest, TestKit.Ingest.Json(AlertApiTests.Walk(60, "203.0.113.1")));
        var second = await TestKit.Ingest.PostAsync(ingest, TestKit.Ingest.Json(AlertApiTests.Walk(60, "203.0.113.2")));

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        await Eventually.GetAsync(
            async () => (await read.GetFromJsonAsync<JsonElement>("v1/alerts")).GetProperty("alerts").GetArrayLength(),
            n => n == 2);
    }

    [Fact]
    public async Task Invalid_channels_are_refused_with_every_problem_named()
    {
        await using var collector = await CollectorHost.StartAsync();
        var read = collector.Client(collector.ReadKey);

        var bad = await read.PutAsync("v1/channels/mail", Body("""{"kind":"email","target":"nobody","smtpPort":70000}"""));
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        var errors = (await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetArrayLength();
        Assert.Equal(4, errors);

        Assert.Equal(HttpStatusCode.BadRequest, (await read.PutAsync("v1/channels/x", Body("""{"kind":"pager"}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await read.PutAsync("v1/channels/x", Body("""{"kind":"webhook","target":"""))).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await read.PutAsync("v1/channels/x", Body("""{"kind":"webhook","target":"ftp://x.test/"}"""))).StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, (await read.PutAsync("v1/channels/x", Body("{\"target\":\"" + new string('a', 20_000) + "\"}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await read.DeleteAsync("v1/channels/none")).StatusCode);
        Assert.Equal("{\"channels\":[]}", await read.GetStringAsync("v1/channels"));
    }

    [Fact]
    public async Task Loopback_private_and_metadata_targets_are_refused_at_put_without_the_opt_in()
    {
        await using var collector = await CollectorHost.StartAsync();
        var read = collector.Client(collector.ReadKey);

        foreach (var target in new[] { "http://127.0.0.1:6379/", "http://169.254.169.254/latest/meta-data/", "http://10.0.0.5/", "http://[::1]/", "http://localhost:8080/" })
        {
            var put = await read.PutAsync("v1/channels/internal", Body($$"""{"kind":"webhook","target":"{{target}}"}"""));
            Assert.Equal(HttpStatusCode.BadRequest, put.StatusCode);
            Assert.Contains("not allowed", await put.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var smtp = await read.PutAsync("v1/channels/mail", Body("""{"kind":"email","target":"a@example.test","from":"v@example.test","smtpHost":"127.0.0.1","smtpPort":6379}"""));
        Assert.Equal(HttpStatusCode.BadRequest, smtp.StatusCode);
        Assert.Equal("{\"channels\":[]}", await read.GetStringAsync("v1/channels"));
    }

    [Fact]
    public async Task Listing_channels_never_returns_webhook_urls_in_full()
    {
        await using var collector = await CollectorHost.StartAsync();
        var read = collector.Client(collector.ReadKey);
        await read.PutAsync("v1/channels/slack", Body("""{"kind":"slack","target":"https://hooks.slack.com/services/T0SECRET/B0SECRET/XsecretX"}"""));
        var put = await read.PutAsync("v1/channels/hook", Body("""{"kind":"webhook","target":"https://user:pa55@hooks.example.test:8443/vigil?token=t0ken#frag"}"""));

        var listed = await read.GetStringAsync("v1/channels");

        foreach (var secret in new[] { "SECRET", "secretX", "pa55", "user", "t0ken", "vigil", "frag" })
        {
            Assert.DoesNotContain(secret, listed, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, await put.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var channels = JsonDocument.Parse(listed).RootElement.GetProperty("channels").EnumerateArray().ToDictionary(c => c.GetProperty("name").GetString()!);
        Assert.Equal("https://hooks.slack.com/services/****", channels["slack"].GetProperty("target").GetString());
        Assert.Equal("https://hooks.example.test:8443/****", channels["hook"].GetProperty("target").GetString());
        Assert.True(channels["hook"].GetProperty("hasTarget").GetBoolean());
    }

    [Fact]
    public async Task A_put_replaces_the_channel_but_keeps_its_secret_when_none_is_given()
    {
        await using var collector = await CollectorHost.StartAsync();
        var read = collector.Client(collector.ReadKey);
        await read.PutAsync("v1/channels/hook", Body("""{"kind":"webhook","target":"https://hooks.example.test/a","secret":"s3cret"}"""));

        var put = await read.PutAsync("v1/channels/hook", Body("""{"kind":"webhook","target":"https://hooks.example.test/b","minThreat":"high"}"""));

        Assert.Equal(HttpStatusCode.OK, put.StatusCode);
        var channel = Assert.Single(JsonDocument.Parse(await read.GetStringAsync("v1/channels")).RootElement.GetProperty("channels").EnumerateArray());
        Assert.Equal(("high", true), (channel.GetProperty("minThreat").GetString(), channel.GetProperty("hasSecret").GetBoolean()));
    }
}
