using System.Globalization;
using Microsoft.Playwright;
using Vigil.Dashboard.Tests.Site;
using Vigil.TestKit;

namespace Vigil.Dashboard.Tests.Browser;

/// <summary>The browser journeys, in Debian's headless Chromium against a real collector with seeded traffic.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DashboardBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Sign_in_and_see_the_overview_charts_populated_from_seeded_traffic()
    {
        var page = await fixture.SignedInPageAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Overview" })).ToBeVisibleAsync();
        Assert.True(await Total(page, "#chart-requests") > 0);
        Assert.True(await Total(page, "#chart-latency") > 0);
        Assert.True(await Total(page, "#chart-errors") > 0, "the seeded 500s should show as an error rate");
        Assert.True(await Total(page, "#chart-threats") > 0, "the seeded SQL injection attempts should show as threats");
        Assert.True(int.Parse((await page.Locator("#kpi-requests").TextContentAsync())!.Trim().Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) >= 60);
        await Assertions.Expect(page.Locator("#table-top-endpoints")).ToContainTextAsync("GET /menu/items/{id:int}");
        await Assertions.Expect(page.Locator("#table-top-clients")).ToContainTextAsync("198.51.100.23");
        await BrowserFixture.ScreenshotAsync(page, "overview");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Filter_requests_by_status_and_open_a_detail_with_findings_and_how_to_fix()
    {
        var page = await fixture.SignedInPageAsync();
        await page.GotoAsync("/requests");
        await page.GetByLabel("Status").FillAsync("500");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("status=500", StringComparison.Ordinal));

        var statuses = await page.Locator("#requests tbody td:nth-child(5)").AllTextContentsAsync();
        Assert.Equal(6, statuses.Count);
        Assert.All(statuses, s => Assert.Equal("500", s.Trim()));
        await BrowserFixture.ScreenshotAsync(page, "requests-filtered");

        await page.GotoAsync("/requests?threat=high");
        await page.Locator("#requests tbody tr").First.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("GET /search");
        await Assertions.Expect(page.Locator("article.finding").Filter(new() { HasText = "SQL injection" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".how-to-fix").First).Not.ToBeEmptyAsync();
        var html = await page.ContentAsync();
        Assert.DoesNotContain("secret-token-value-123", html, StringComparison.Ordinal);
        Assert.Contains("Authorization", html, StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "request-detail");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Create_a_key_shown_once_then_revoke_it_and_ingest_refuses_it()
    {
        var page = await fixture.SignedInPageAsync();
        await page.GotoAsync("/settings");
        await page.GetByLabel("Scope").SelectOptionAsync("ingest");
        await page.GetByLabel("Label").FillAsync("browser-test key");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create key" }).ClickAsync();

        var key = (await page.Locator("#new-key").TextContentAsync())!.Trim();
        Assert.StartsWith("vgl_i_", key, StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "key-created");
        using (var client = fixture.Site.Host.Client(key))
        {
            Assert.Equal(System.Net.HttpStatusCode.Accepted, (await Ingest.PostAsync(client, Ingest.Json([Exchanges.Get("/menu")]))).StatusCode);
        }

        await page.GotoAsync("/settings");
        Assert.DoesNotContain(key, await page.ContentAsync(), StringComparison.Ordinal);
        var row = page.Locator($"#keys tr[data-prefix='{key[..12]}']");
        await row.GetByRole(AriaRole.Button, new() { Name = "Revoke" }).ClickAsync();
        await Assertions.Expect(page.Locator("#settings-message")).ToContainTextAsync("revoked");
        await Assertions.Expect(page.Locator($"#keys tr[data-prefix='{key[..12]}']")).ToContainTextAsync("revoked");
        await BrowserFixture.ScreenshotAsync(page, "key-revoked");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Create_an_alert_rule_and_a_channel_in_settings()
    {
        var page = await fixture.SignedInPageAsync();
        await page.GotoAsync("/settings");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Settings sections" }).GetByRole(AriaRole.Link, new() { Name = "Alert rules and channels" }).ClickAsync();

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("");
        await page.GetByLabel("Threshold").FillAsync("0");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add alert rule" }).ClickAsync();
        await Assertions.Expect(page.Locator("#settings-problems li")).ToHaveCountAsync(2);

        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("sqli-burst");
        await page.GetByLabel("Rule id or prefix").FillAsync("VG1001");
        await page.GetByLabel("Threshold").FillAsync("3");
        await page.GetByLabel("Window (minutes)").FillAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add alert rule" }).ClickAsync();
        await Assertions.Expect(page.Locator("#alert-rules tr[data-rule='sqli-burst']")).ToContainTextAsync("VG1001");

        await page.GetByLabel("Channel name").FillAsync("oncall");
        await page.GetByLabel("Kind").SelectOptionAsync("slack");
        await page.GetByLabel("Target (URL, or e-mail recipients)").FillAsync("https://hooks.slack.example/services/T0/B0/browser-secret-token");
        await page.Locator("#channel-threat").SelectOptionAsync("high");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save channel" }).ClickAsync();
        await Assertions.Expect(page.Locator("#channels tr[data-channel='oncall']")).ToContainTextAsync("slack");
        Assert.DoesNotContain("browser-secret-token", await page.ContentAsync(), StringComparison.Ordinal);
        await BrowserFixture.ScreenshotAsync(page, "settings-alerting");

        // Leave the shared site as it was: other tests raise alerts that would otherwise go to this channel and rule.
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete channel oncall" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Delete alert rule sqli-burst" }).ClickAsync();
        await Assertions.Expect(page.Locator("#rules-empty")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_a_session_every_page_lands_on_sign_in()
    {
        var page = await fixture.NewPageAsync();
        foreach (var path in new[] { "/", "/requests", "/endpoints", "/threats", "/alerts", "/settings" })
        {
            await page.GotoAsync(path);
            Assert.Contains("/signin", page.Url, StringComparison.Ordinal);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Sign in to Vigil" })).ToBeVisibleAsync();
        }

        var stream = await page.APIRequest.GetAsync("/threats/stream");
        Assert.Equal(401, stream.Status);
        await BrowserFixture.ScreenshotAsync(page, "signin");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_threats_feed_shows_a_new_finding_live_and_endpoints_show_risk()
    {
        var page = await fixture.SignedInPageAsync();
        await page.GotoAsync("/threats");
        await Assertions.Expect(page.Locator("#live-state")).ToHaveTextAsync("Live");

        var attack = Exchanges.Get("/search", route: "/search");
        attack.Request.Query = "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E";
        await fixture.Site.IngestAsync([attack]);

        await Assertions.Expect(page.Locator("#feed tbody tr").Filter(new() { HasText = "Cross-site scripting" }).First).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "threats-live");

        await page.GotoAsync("/endpoints");
        var search = page.Locator("#endpoints tbody tr").Filter(new() { HasText = "GET /search" });
        await Assertions.Expect(search.Locator(".badge")).ToHaveTextAsync("high");
        await search.GetByRole(AriaRole.Link).ClickAsync();
        await Assertions.Expect(page.Locator("#endpoint-rules")).ToContainTextAsync("VG1001");
        await BrowserFixture.ScreenshotAsync(page, "endpoint-detail");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Sign_in_and_navigation_work_from_the_keyboard_alone()
    {
        var page = await fixture.NewPageAsync();
        await page.GotoAsync("/signin");
        await Assertions.Expect(page.Locator("#username")).ToBeFocusedAsync(); // autofocus
        await page.Keyboard.TypeAsync("admin");
        await page.Keyboard.PressAsync("Tab");
        await page.Keyboard.TypeAsync(DashboardSite.AdminPassword);
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));

        await page.Keyboard.PressAsync("Tab");
        await Assertions.Expect(page.Locator("a.skip")).ToBeFocusedAsync();
        for (var i = 0; i < 3; i++)
        {
            await page.Keyboard.PressAsync("Tab"); // brand, Overview, Requests
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Requests", Exact = true })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.EndsWith("/requests", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#requests tbody tr").First).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Open_alerts_then_acknowledge_one_and_see_its_state_change()
    {
        var alert = await fixture.Site.RaiseAsync("203.0.113.50", "POST /checkout");
        var page = await fixture.SignedInPageAsync();
        await Assertions.Expect(page.Locator($"#open-alerts a[href='/alerts/{alert.Id}']")).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = "Alerts", Exact = true }).ClickAsync();
        var row = page.Locator($"#alerts tr[data-alert='{alert.Id}']");
        await Assertions.Expect(row.Locator(".state")).ToHaveTextAsync("open");
        await Assertions.Expect(row).ToContainTextAsync("203.0.113.50");
        await BrowserFixture.ScreenshotAsync(page, "alerts-open");

        await row.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await Assertions.Expect(page.Locator("#alert-state")).ToHaveTextAsync("acknowledged");
        await Assertions.Expect(page.Locator("#alert-message")).ToContainTextAsync("Acknowledged");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" })).ToHaveCountAsync(0);
        await BrowserFixture.ScreenshotAsync(page, "alert-acknowledged");

        await page.GotoAsync("/alerts?state=acknowledged");
        await Assertions.Expect(page.Locator($"#alerts tr[data-alert='{alert.Id}'] .state")).ToHaveTextAsync("acknowledged");
        await page.Context.CloseAsync();
    }

    private static async Task<double> Total(IPage page, string chart) =>
        double.Parse((await page.Locator(chart).GetAttributeAsync("data-total"))!, CultureInfo.InvariantCulture);
}
