using System.Net;
using Vigil.Alerting.Channels;
using Vigil.Alerting.Grouping;
using Vigil.Alerting.Tests.Support;
using Vigil.Storage.Alerts;

namespace Vigil.Alerting.Tests.Channels;

public sealed class ChannelTargetGuardTests
{
    private static readonly Guid Project = DispatcherTests.Project;

    private static AlertChange Opened() => DispatcherTests.Opened();

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.8.9.10", true)]
    [InlineData("0.0.0.0", true)]
    [InlineData("10.1.2.3", true)]
    [InlineData("172.16.0.1", true)]
    [InlineData("172.31.255.255", true)]
    [InlineData("192.168.1.1", true)]
    [InlineData("100.64.0.1", true)]
    [InlineData("169.254.169.254", true)]
    [InlineData("::1", true)]
    [InlineData("::", true)]
    [InlineData("fe80::1", true)]
    [InlineData("fd00:ec2::254", true)]
    [InlineData("::ffff:127.0.0.1", true)]
    [InlineData("::ffff:10.0.0.1", true)]
    [InlineData("172.32.0.1", false)]
    [InlineData("100.128.0.1", false)]
    [InlineData("203.0.113.10", false)]
    [InlineData("8.8.8.8", false)]
    [InlineData("2606:4700::1111", false)]
    public void Internal_addresses_are_forbidden_and_public_ones_are_not(string address, bool forbidden) =>
        Assert.Equal(forbidden, ChannelTargetGuard.IsForbidden(IPAddress.Parse(address)));

    [Fact]
    public async Task A_webhook_to_loopback_is_refused_at_delivery_without_retries_or_internal_details()
    {
        await using var receiver = await WebhookReceiver.StartAsync(200);
        var store = new InMemoryAlertStore();
        // Stored directly, as a channel saved before the fix or through a name that resolves to 127.0.0.1 would be.
        await store.SaveChannelAsync(new ChannelConfig { ProjectId = Project, Name = "internal", Kind = ChannelKind.Webhook, Target = receiver.Url.ToString() });
        var dispatcher = new AlertDispatcher(store, ChannelTargetGuard.CreateHttpClient(allowPrivate: false), TimeProvider.System, new DispatcherOptions { FirstRetryDelay = TimeSpan.FromMilliseconds(5) });
        var change = Opened();

        await dispatcher.DeliverAsync(change, CancellationToken.None);

        Assert.Empty(receiver.Requests);
        var log = Assert.Single(await store.ListDeliveriesAsync(Project, change.Alert.Id));
        Assert.False(log.Delivered);
        Assert.Equal(1, log.Attempts);
        Assert.Equal("target address not allowed", log.Error);
    }

    [Fact]
    public async Task A_name_resolving_to_loopback_is_refused_when_connecting()
    {
        await using var receiver = await WebhookReceiver.StartAsync(200);
        using var http = ChannelTargetGuard.CreateHttpClient(allowPrivate: false);
        var byName = new UriBuilder(receiver.Url) { Host = "localhost" }.Uri;

        var ex = await Assert.ThrowsAsync<HttpRequestException>(() => http.PostAsync(byName, new StringContent("{}")));

        Assert.True(DeliveryError.IsRefusedTarget(ex));
        Assert.Empty(receiver.Requests);
    }

    [Fact]
    public async Task The_opt_in_allows_loopback()
    {
        await using var receiver = await WebhookReceiver.StartAsync(302);
        using var http = ChannelTargetGuard.CreateHttpClient(allowPrivate: true);

        using var response = await http.PostAsync(receiver.Url, new StringContent("{}"));

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Single(receiver.Requests);
    }

    [Fact]
    public async Task Smtp_to_loopback_is_refused_without_the_opt_in()
    {
        await using var smtp = new SmtpReceiver();
        var channel = new EmailChannel("mail", "127.0.0.1", smtp.Port, "vigil@example.test", ["oncall@example.test"]);

        var ex = await Assert.ThrowsAsync<ChannelTargetRefusedException>(() => channel.SendAsync(Opened(), CancellationToken.None));

        Assert.Equal("target address not allowed", DeliveryError.Classify(ex));
        Assert.Empty(smtp.Messages);
    }
}
