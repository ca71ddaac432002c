using System.Net;
using System.Text.RegularExpressions;
using Vigil.Storage.Alerts;

namespace Vigil.Dashboard.Tests.Site;

/// <summary>The settings forms over HTTP: every problem listed at once, nothing saved on a problem, secrets never shown again.</summary>
public sealed partial class SettingsPagesTests : IAsyncLifetime
{
    private DashboardSite _site = null!;

    public async Task InitializeAsync() => _site = await DashboardSite.StartAsync(seed: false);

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_bad_alert_rule_lists_every_problem_and_a_good_one_is_listed_and_reaches_the_api()
    {
        using var client = await SignedInAsync();

        var bad = await PostAsync(client, "settings/alerting", "AddRule", new() { ["name"] = "", ["ruleId"] = "VG*1*", ["minThreat"] = "high", ["threshold"] = "three", ["windowMinutes"] = "9999" });
        Assert.Equal(["name", "ruleId", "threshold", "windowMinutes"], ProblemFields(bad).Order(StringComparer.Ordinal));
        Assert.Contains("value=\"VG*1*\"", bad, StringComparison.Ordinal); // what was typed is kept

        var good = await PostAsync(client, "settings/alerting", "AddRule", new() { ["name"] = "sqli-burst", ["ruleId"] = "VG1001", ["minThreat"] = "low", ["threshold"] = "3", ["windowMinutes"] = "10" });
        Assert.Empty(ProblemFields(good));
        Assert.Contains("data-rule=\"sqli-burst\"", good, StringComparison.Ordinal);
        using var api = _site.Host.Client(_site.Host.ReadKey);
        var listed = await api.GetStringAsync("v1/alert-rules");
        Assert.Contains("\"name\":\"sqli-burst\"", listed, StringComparison.Ordinal);
        Assert.Contains("\"threshold\":3", listed, StringComparison.Ordinal);

        var id = Regex.Match(good, "name=\"id\" value=\"([0-9a-f-]{36})\"").Groups[1].Value;
        var deleted = await PostAsync(client, "settings/alerting", "DeleteRule", new() { ["id"] = id });
        Assert.DoesNotContain("data-rule=\"sqli-burst\"", deleted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_channel_is_created_with_its_secret_never_shown_again_and_a_private_target_is_refused()
    {
        using var client = await SignedInAsync();

        var refused = await PostAsync(client, "settings/alerting", "AddChannel", new() { ["name"] = "bad name!", ["kind"] = "webhook", ["target"] = "http://127.0.0.1:9/hook", ["smtpPort"] = "25" });
        Assert.Equal(["name", "target"], ProblemFields(refused));

        var saved = await PostAsync(client, "settings/alerting", "AddChannel", new()
        {
            ["name"] = "oncall", ["kind"] = "webhook", ["target"] = "https://hooks.example.test/services/very-secret-path", ["secret"] = "hmac-secret-value", ["minThreat"] = "medium", ["smtpPort"] = "25",
        });
        Assert.Empty(ProblemFields(saved));
        Assert.Contains("data-channel=\"oncall\"", saved, StringComparison.Ordinal);
        Assert.DoesNotContain("hmac-secret-value", saved, StringComparison.Ordinal);
        Assert.DoesNotContain("very-secret-path", saved, StringComparison.Ordinal);
        var stored = Assert.Single(await _site.Service().Store.ListChannelsAsync(await _site.ProjectIdAsync()));
        Assert.Equal(("hmac-secret-value", ChannelKind.Webhook), (stored.Secret, stored.Kind));

        var again = await PostAsync(client, "settings/alerting", "AddChannel", new() { ["name"] = "oncall", ["kind"] = "webhook", ["target"] = "https://other.example.test/x", ["smtpPort"] = "25" });
        Assert.Equal(["name"], ProblemFields(again));
        Assert.Contains("already a channel", WebUtility.HtmlDecode(again), StringComparison.Ordinal);
        var kept = Assert.Single(await _site.Service().Store.ListChannelsAsync(await _site.ProjectIdAsync()));
        Assert.Equal(("hmac-secret-value", stored.Target), (kept.Secret, kept.Target));

        var deleted = await PostAsync(client, "settings/alerting", "DeleteChannel", new() { ["name"] = "oncall" });
        Assert.Contains("id=\"channels-empty\"", deleted, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Masking_rules_are_saved_shown_and_a_bad_pattern_is_named()
    {
        using var client = await SignedInAsync();

        var bad = await PostAsync(client, "settings/masking", "Save", new() { ["names"] = "badgeRef\n", ["patterns"] = "(unclosed\nEMP-[0-9]{6}\n(a)\\1" });
        Assert.Equal(["patterns[0]", "patterns[2]"], ProblemFields(bad));

        var good = await PostAsync(client, "settings/masking", "Save", new() { ["names"] = "badgeRef\r\nbadgeRef\nemployee_no", ["patterns"] = "EMP-[0-9]{6}" });
        Assert.Empty(ProblemFields(good));
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("settings/masking"));
        Assert.Contains(">badgeRef\nemployee_no</textarea>", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_ip_list_is_uploaded_and_every_bad_line_is_reported()
    {
        using var client = await SignedInAsync();

        var bad = await PostAsync(client, "settings/ip-lists", "Upload", new() { ["name"] = "deny", ["content"] = "nope\n192.0.2.1\n10.0.0.0/40\n" });
        Assert.Equal(2, ProblemFields(bad).Length);
        Assert.Contains("line 3:", bad, StringComparison.Ordinal);

        var good = await PostAsync(client, "settings/ip-lists", "Upload", new() { ["name"] = "deny", ["content"] = "192.0.2.0/24\n198.51.100.7 scanner\n" });
        Assert.Empty(ProblemFields(good));
        Assert.Matches("data-list=\"deny\"[\\s\\S]*?>2</td>", good);
    }

    [Fact]
    public async Task An_ip_list_file_is_uploaded_in_place_of_the_text()
    {
        using var client = await SignedInAsync();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(DashboardSite.Token().Match(await client.GetStringAsync("settings/ip-lists")).Groups[1].Value), "__RequestVerificationToken" },
            { new StringContent("tor"), "name" },
            { new StringContent("ignored when a file is sent"), "content" },
            { new ByteArrayContent("# exits\n185.220.101.0/24\n204.8.96.0/22\n2001:db8::/48\n"u8.ToArray()), "file", "tor.txt" },
        };

        using var response = await client.PostAsync("settings/ip-lists?handler=Upload", form);

        var page = await response.Content.ReadAsStringAsync();
        Assert.Empty(ProblemFields(page));
        Assert.Matches("data-list=\"tor\"[\\s\\S]*?>3</td>", page);
    }

    [Fact]
    public async Task Forms_without_the_anti_forgery_token_are_rejected_and_change_nothing()
    {
        using var client = await SignedInAsync();

        foreach (var (page, handler) in Handlers)
        {
            using var response = await client.PostAsync($"{page}?handler={handler}", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "x", ["content"] = "192.0.2.1" }));
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        }

        using var api = _site.Host.Client(_site.Host.ReadKey);
        Assert.Contains("\"lists\":[]", await api.GetStringAsync("v1/ip-lists"), StringComparison.Ordinal);
        Assert.Contains("\"rules\":[]", await api.GetStringAsync("v1/alert-rules"), StringComparison.Ordinal);
    }

    /// <summary>Every form handler of the settings pages; the no-session test posts to each of them too.</summary>
    internal static readonly (string Page, string Handler)[] Handlers =
    [
        ("settings/alerting", "AddRule"), ("settings/alerting", "DeleteRule"), ("settings/alerting", "AddChannel"), ("settings/alerting", "DeleteChannel"),
        ("settings/masking", "Save"), ("settings/ip-lists", "Upload"), ("settings/ip-lists", "Delete"),
    ];

    private static string[] ProblemFields(string page) => [.. ProblemField().Matches(page).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value))];

    private async Task<HttpClient> SignedInAsync()
    {
        var client = _site.AnonymousClient();
        using var signIn = await DashboardSite.SignInAsync(client, "admin", DashboardSite.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    private static async Task<string> PostAsync(HttpClient client, string page, string handler, Dictionary<string, string> form)
    {
        form["__RequestVerificationToken"] = DashboardSite.Token().Match(await client.GetStringAsync(page)).Groups[1].Value;
        using var response = await client.PostAsync($"{page}?handler={handler}", new FormUrlEncodedContent(form));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    [GeneratedRegex("<li data-field=\"([^\"]+)\">")]
    private static partial Regex ProblemField();
}
