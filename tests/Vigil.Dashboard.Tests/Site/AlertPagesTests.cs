using System.Net;
using Vigil.Core.Capture;
using Vigil.Storage.Alerts;
using Vigil.TestKit;

namespace Vigil.Dashboard.Tests.Site;

/// <summary>The Alerts pages over HTTP: what they list, and that their forms change an alert only with a session and the anti-forgery token.</summary>
public sealed class AlertPagesTests : IAsyncLifetime
{
    private DashboardSite _site = null!;

    public async Task InitializeAsync() => _site = await DashboardSite.StartAsync(seed: false);

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Acknowledge_without_a_session_changes_nothing()
    {
        var alert = await _site.RaiseAsync("203.0.113.1");
        using var client = _site.AnonymousClient();

        using var response = await client.PostAsync($"alerts/{alert.Id}?handler=Acknowledge", new FormUrlEncodedContent([]));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Location?.ToString().Contains("done=", StringComparison.Ordinal) ?? false);
        Assert.Equal(AlertStatus.Open, (await StoredAsync(alert)).Status);
    }

    [Fact]
    public async Task Acknowledge_and_resolve_without_the_anti_forgery_token_are_rejected()
    {
        var alert = await _site.RaiseAsync("203.0.113.2");
        using var client = await SignedInAsync();

        foreach (var handler in new[] { "Acknowledge", "Resolve" })
        {
            using var response = await client.PostAsync($"alerts/{alert.Id}?handler={handler}", new FormUrlEncodedContent([]));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        Assert.Equal(AlertStatus.Open, (await StoredAsync(alert)).Status);
    }

    [Fact]
    public async Task Acknowledge_then_resolve_follow_the_services_lifecycle_and_the_api_sees_it()
    {
        var alert = await _site.RaiseAsync("203.0.113.3");
        using var client = await SignedInAsync();

        using var ack = await PostAsync(client, alert, "Acknowledge");
        Assert.Equal(HttpStatusCode.Redirect, ack.StatusCode);
        Assert.Equal($"/alerts/{alert.Id}?done=acknowledged", ack.Headers.Location!.ToString());
        Assert.Equal(AlertStatus.Acknowledged, (await StoredAsync(alert)).Status);
        using (var api = _site.Host.Client(_site.Host.ReadKey))
        {
            Assert.Contains("\"status\":\"acknowledged\"", await api.GetStringAsync($"v1/alerts/{alert.Id}"), StringComparison.Ordinal);
        }

        using var resolve = await PostAsync(client, alert, "Resolve");
        Assert.Equal(AlertStatus.Resolved, (await StoredAsync(alert)).Status);

        // The service keeps a resolved alert resolved; the page says so rather than claiming an acknowledgement.
        using var again = await PostAsync(client, alert, "Acknowledge");
        Assert.Equal(AlertStatus.Resolved, (await StoredAsync(alert)).Status);
        var page = await client.GetStringAsync(again.Headers.Location!.ToString().TrimStart('/'));
        Assert.Contains("already resolved", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Acknowledging_an_alert_of_no_project_answers_404()
    {
        using var client = await SignedInAsync();

        using var response = await PostAsync(client, Guid.NewGuid(), "Acknowledge");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task The_list_filters_by_state_and_the_overview_counts_open_alerts()
    {
        var open = await _site.RaiseAsync("203.0.113.4", "GET /a");
        var acknowledged = await _site.RaiseAsync("203.0.113.5", "GET /b");
        await _site.Service().AcknowledgeAsync(acknowledged.ProjectId, acknowledged.Id);
        using var client = await SignedInAsync();

        var openPage = await client.GetStringAsync("alerts");
        Assert.Contains(open.Id.ToString(), openPage, StringComparison.Ordinal);
        Assert.DoesNotContain(acknowledged.Id.ToString(), openPage, StringComparison.Ordinal);
        var ackPage = await client.GetStringAsync("alerts?state=acknowledged");
        Assert.Contains(acknowledged.Id.ToString(), ackPage, StringComparison.Ordinal);
        Assert.DoesNotContain(open.Id.ToString(), ackPage, StringComparison.Ordinal);
        var all = await client.GetStringAsync("alerts?state=all");
        Assert.Contains(open.Id.ToString(), all, StringComparison.Ordinal);
        Assert.Contains(acknowledged.Id.ToString(), all, StringComparison.Ordinal);
        Assert.Contains(open.Id.ToString(), await client.GetStringAsync("alerts?state=%27%3B--"), StringComparison.Ordinal); // junk: open

        var overview = await client.GetStringAsync("");
        Assert.Contains("<span id=\"open-alerts-total\">1</span>", overview, StringComparison.Ordinal);
        Assert.Contains($"href=\"/alerts/{open.Id}\"", overview, StringComparison.Ordinal);
        Assert.DoesNotContain($"href=\"/alerts/{acknowledged.Id}\"", overview, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_detail_lists_the_alerts_findings_with_links_to_their_requests()
    {
        var attack = Exchanges.Get("/search", route: "/search");
        attack.Request.Query = "q=%27%20OR%201%3D1--";
        attack.Request.ClientIp = "198.51.100.77";
        await _site.IngestAsync([attack]);
        var alert = await _site.WaitForAsync(a => a.Subject.EndsWith("198.51.100.77", StringComparison.Ordinal));
        using var client = await SignedInAsync();

        var page = await client.GetStringAsync($"alerts/{alert.Id}");

        Assert.Contains(alert.RuleId, page, StringComparison.Ordinal);
        Assert.Contains("198.51.100.77", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/requests/{alert.FirstEventId}\"", page, StringComparison.Ordinal);
        Assert.Matches("id=\"alert-findings\"[\\s\\S]*href=\"/requests/[0-9a-f-]{36}\"", page);
    }

    [Fact]
    public async Task Settings_lists_channels_and_their_last_deliveries_without_the_webhook_credential()
    {
        var alert = await _site.RaiseAsync("203.0.113.6");
        var store = _site.Service().Store;
        await store.SaveChannelAsync(new ChannelConfig
        {
            ProjectId = alert.ProjectId,
            Name = "ops-slack",
            Kind = ChannelKind.Slack,
            Target = "https://hooks.slack.example/services/T000/B000/very-secret-path-token",
            Secret = "hmac-secret-value",
        });
        await store.AddDeliveryAsync(new DeliveryRecord(Guid.NewGuid(), alert.ProjectId, alert.Id, "ops-slack", 3, false, 503, "service unavailable", DateTimeOffset.UtcNow));
        using var client = await SignedInAsync();

        var page = await client.GetStringAsync("settings");

        Assert.Contains("data-channel=\"ops-slack\"", page, StringComparison.Ordinal);
        Assert.Contains("https://hooks.slack.example/&#x2026;", page, StringComparison.Ordinal); // the path elided
        Assert.Contains("HTTP 503", page, StringComparison.Ordinal);
        Assert.Contains($"href=\"/alerts/{alert.Id}\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("very-secret-path-token", page, StringComparison.Ordinal);
        Assert.DoesNotContain("hmac-secret-value", page, StringComparison.Ordinal);

        var detail = await client.GetStringAsync($"alerts/{alert.Id}");
        Assert.Contains("service unavailable", detail, StringComparison.Ordinal);
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var client = _site.AnonymousClient();
        using var signIn = await DashboardSite.SignInAsync(client, "admin", DashboardSite.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    private static Task<HttpResponseMessage> PostAsync(HttpClient client, AlertRecord alert, string handler) => PostAsync(client, alert.Id, handler);

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, Guid alertId, string handler)
    {
        var token = DashboardSite.Token().Match(await client.GetStringAsync("alerts?state=all")).Groups[1].Value;
        return await client.PostAsync($"alerts/{alertId}?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
    }

    private async Task<AlertRecord> StoredAsync(AlertRecord alert) =>
        (await _site.Service().Store.GetAlertAsync(alert.ProjectId, alert.Id))!;
}
