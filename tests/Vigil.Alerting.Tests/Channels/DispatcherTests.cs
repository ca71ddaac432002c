using System.Text;
using System.Text.Json;
using Vigil.Alerting.Channels;
using Vigil.Alerting.Grouping;
using Vigil.Alerting.Tests.Support;
using Vigil.Core.Findings;
using Vigil.Storage.Alerts;

namespace Vigil.Alerting.Tests.Channels;

public sealed class DispatcherTests
{
    internal static readonly Guid Project = Guid.NewGuid();
    private static readonly DispatcherOptions Fast = new() { FirstRetryDelay = TimeSpan.FromMilliseconds(5), AttemptTimeout = TimeSpan.FromSeconds(5) };

    internal static AlertChange Opened() => new(new AlertRecord
    {
        Id = Guid.NewGuid(), ProjectId = Project, GroupKey = "VG2003|ip:203.0.113.66|POST /auth/login", RuleId = "VG2003",
        Title = "Credential stuffing or brute force", Threat = ThreatLevel.High, Subject = "ip:203.0.113.66", Endpoint = "POST /auth/login",
        AlertRule = "behaviour", FirstSeen = DateTimeOffset.UnixEpoch, LastSeen = DateTimeOffset.UnixEpoch, Message = "100 failed logins",
    }, AlertChangeKind.Opened);

    // The receivers listen on loopback, so these tests take the operator's opt-in; the guard's own tests do not.
    private static Task<(InMemoryAlertStore, AlertDispatcher)> WithChannelsAsync(params ChannelConfig[] channels) => WithChannelsAsync(true, channels);

    private static async Task<(InMemoryAlertStore, AlertDispatcher)> WithChannelsAsync(bool allowPrivate, params ChannelConfig[] channels)
    {
        var store = new InMemoryAlertStore();
        foreach (var c in channels)
        {
            await store.SaveChannelAsync(c);
        }

        return (store, new AlertDispatcher(store, ChannelTargetGuard.CreateHttpClient(allowPrivate), TimeProvider.System, Fast with { AllowPrivateTargets = allowPrivate }));
    }

    private static ChannelConfig Hook(string name, Uri url, string? secret = null, ThreatLevel min = ThreatLevel.Low) =>
        new() { ProjectId = Project, Name = name, Kind = ChannelKind.Webhook, Target = url.ToString(), Secret = secret, MinThreat = min };

    [Fact]
    public async Task Webhook_body_is_signed_with_hmac_sha256_over_timestamp_and_body()
    {
        await using var receiver = await WebhookReceiver.StartAsync(200);
        var (store, dispatcher) = await WithChannelsAsync(Hook("hook", receiver.Url, "s3cret"));
        var change = Opened();

        await dispatcher.DeliverAsync(change, CancellationToken.None);

        var got = Assert.Single(receiver.Requests);
        var timestamp = got.Headers[WebhookChannel.TimestampHeader];
        Assert.Equal(WebhookChannel.Sign("s3cret", timestamp, got.Body), got.Headers[WebhookChannel.SignatureHeader]);
        Assert.NotEqual(WebhookChannel.Sign("other", timestamp, got.Body), got.Headers[WebhookChannel.SignatureHeader]);
        Assert.Equal("alert.opened", got.Headers[WebhookChannel.EventHeader]);
        var json = JsonDocument.Parse(got.Body).RootElement;
        Assert.Equal("alert.opened", json.GetProperty("type").GetString());
        Assert.Equal("high", json.GetProperty("alert").GetProperty("threat").GetString());
        Assert.Equal(change.Alert.Id, json.GetProperty("alert").GetProperty("id").GetGuid());
        var log = Assert.Single(await store.ListDeliveriesAsync(Project, change.Alert.Id));
        Assert.True(log.Delivered);
        Assert.Equal(1, log.Attempts);
    }

    [Fact]
    public async Task Transient_failures_are_retried_with_backoff_and_logged()
    {
        await using var receiver = await WebhookReceiver.StartAsync(503, 500, 200);
        var (store, dispatcher) = await WithChannelsAsync(Hook("hook", receiver.Url));
        var change = Opened();

        await dispatcher.DeliverAsync(change, CancellationToken.None);

        Assert.Equal(3, receiver.Requests.Count);
        var log = Assert.Single(await store.ListDeliveriesAsync(Project, change.Alert.Id));
        Assert.True(log.Delivered);
        Assert.Equal(3, log.Attempts);
    }

    [Fact]
    public async Task A_permanent_refusal_is_not_retried()
    {
        await using var receiver = await WebhookReceiver.StartAsync(404);
        var (store, dispatcher) = await WithChannelsAsync(Hook("hook", receiver.Url));
        var change = Opened();

        await dispatcher.DeliverAsync(change, CancellationToken.None);

        var log = Assert.Single(await store.ListDeliveriesAsync(Project, change.Alert.Id));
        Assert.False(log.Delivered);
        Assert.Equal((1, 404), (log.Attempts, log.HttpStatus));
    }

    [Fact]
    public async Task A_dead_channel_gives_up_after_its_retries_and_the_others_still_deliver()
    {
        await using var good = await WebhookReceiver.StartAsync(200);
        var dead = new Uri("http://127.0.0.1:9/hook"); // discard port: connection refused
        var (store, dispatcher) = await WithChannelsAsync(Hook("dead", dead), Hook("good", good.Url));
        var change = Opened();

        await dispatcher.DeliverAsync(change, CancellationToken.None);

        var log = await store.ListDeliveriesAsync(Project, change.Alert.Id);
        Assert.Contains(log, d => d is { Channel: "good", Delivered: true });
        var failed = Assert.Single(log, d => d.Channel == "dead");
        Assert.False(failed.Delivered);
        Assert.Equal(Fast.MaxRetries + 1, failed.Attempts);
        Assert.Equal("connection refused", failed.Error);
    }

    [Fact]
    public async Task Channels_below_their_minimum_threat_or_disabled_get_nothing()
    {
        await using var receiver = await WebhookReceiver.StartAsync(200);
        var (_, dispatcher) = await WithChannelsAsync(
            Hook("critical-only", receiver.Url) with { MinThreat = ThreatLevel.High },
            Hook("off", receiver.Url) with { Enabled = false });
        var medium = Opened() with { Alert = Opened().Alert with { Threat = ThreatLevel.Medium } };

        await dispatcher.DeliverAsync(medium, CancellationToken.None);

        Assert.Empty(receiver.Requests);
    }

    [Fact]
    public async Task Slack_gets_a_text_message_with_the_headline()
    {
        await using var receiver = await WebhookReceiver.StartAsync(200);
        var (_, dispatcher) = await WithChannelsAsync(new ChannelConfig { ProjectId = Project, Name = "slack", Kind = ChannelKind.Slack, Target = receiver.Url.ToString() });

        await dispatcher.DeliverAsync(Opened(), CancellationToken.None);

        var text = JsonDocument.Parse(Assert.Single(receiver.Requests).Body).RootElement.GetProperty("text").GetString();
        Assert.StartsWith("*[HIGH] Credential stuffing or brute force - ip:203.0.113.66 on POST /auth/login*", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Email_goes_over_smtp_to_a_real_loopback_server()
    {
        await using var smtp = new SmtpReceiver();
        var channel = new EmailChannel("mail", "127.0.0.1", smtp.Port, "vigil@example.test", ["oncall@example.test", "sec@example.test"], allowPrivate: true);

        var outcome = await channel.SendAsync(Opened(), CancellationToken.None);

        Assert.True(outcome.Delivered);
        // Long headers are folded (RFC 5322 §2.2.3); unfold before reading them.
        var message = Assert.Single(smtp.Messages).Replace("\r\n ", " ", StringComparison.Ordinal).Replace("\n ", " ", StringComparison.Ordinal);
        Assert.Contains("oncall@example.test", message, StringComparison.Ordinal);
        Assert.Contains("Subject: [HIGH] Credential stuffing or brute force - ip:203.0.113.66 on POST /auth/login", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Email_refused_permanently_is_a_permanent_failure()
    {
        await using var smtp = new SmtpReceiver("550 mailbox unavailable");
        var channel = new EmailChannel("mail", "127.0.0.1", smtp.Port, "vigil@example.test", ["oncall@example.test"], allowPrivate: true);

        var outcome = await channel.SendAsync(Opened(), CancellationToken.None);

        Assert.False(outcome.Delivered);
        Assert.False(outcome.Transient);
        Assert.Contains("550", outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_full_queue_drops_and_counts_instead_of_blocking()
    {
        var dispatcher = new AlertDispatcher(new InMemoryAlertStore(), new HttpClient(), TimeProvider.System, Fast with { QueueCapacity = 10 });
        for (var i = 0; i < 25; i++)
        {
            dispatcher.Notify(Opened());
        }

        Assert.Equal(15, dispatcher.Dropped);
    }

    [Fact]
    public void Invalid_channels_report_every_problem()
    {
        var problems = ChannelFactory.Problems(new ChannelConfig
        {
            ProjectId = Project, Name = "bad name!", Kind = ChannelKind.Email, Target = "not-an-address", SmtpPort = 0, From = null,
        });

        Assert.Equal(5, problems.Count);
        Assert.Contains(ChannelFactory.Problems(Hook("x", new Uri("http://a.test")) with { Target = "file:///etc/passwd" }), p => p.Contains("http", StringComparison.Ordinal));
        Assert.Empty(ChannelFactory.Problems(Hook("ok", new Uri("https://hooks.example.test/x"), Encoding.UTF8.GetString(new byte[10]))));
    }
}
