using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Dashboard.Tests.Site;
using Vigil.Storage.Alerts;

namespace Vigil.Dashboard.Tests.Auth;

/// <summary>
/// Nothing but the sign-in page and the static assets answers without a session. The list of routes comes from the
/// running app itself, so a page added later without protection fails here.
/// </summary>
public sealed class UnauthenticatedAccessTests : IAsyncLifetime
{
    private static readonly HashSet<string> Public = new(StringComparer.Ordinal) { "signin", "assets/vigil.css", "assets/vigil.js", "healthz" };

    private DashboardSite _site = null!;

    public async Task InitializeAsync() => _site = await DashboardSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Every_page_and_data_endpoint_refuses_a_request_without_a_session()
    {
        var endpoints = DashboardRoutes().ToList();
        var routes = endpoints.Select(e => e.Route).ToList();
        Assert.Contains("requests", routes);
        Assert.Contains("threats/stream", routes);
        Assert.Contains("governance", routes);
        Assert.Contains("code", routes);
        Assert.Contains(("POST", "project"), endpoints);
        endpoints.Add(("GET", "governance?handler=OpenApi")); // the inferred OpenAPI download is a handler of the Governance page
        Assert.Contains("settings/alerting", routes);
        Assert.Contains("settings/masking", routes);
        Assert.Contains("settings/ip-lists", routes);
        using var client = _site.AnonymousClient();

        foreach (var (method, route) in endpoints.Where(e => !Public.Contains(e.Route)))
        {
            foreach (var accept in new[] { "text/html", "application/json" })
            {
                using var request = new HttpRequestMessage(new HttpMethod(method), route);
                request.Headers.Add("Accept", accept);
                if (method == "POST")
                {
                    request.Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "intruder", ["back"] = "/" });
                }

                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();

                Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized, $"{method} /{route} ({accept}) answered {(int)response.StatusCode}");
                Assert.DoesNotContain("/menu/items", body, StringComparison.Ordinal);
                if (response.StatusCode == HttpStatusCode.Redirect)
                {
                    Assert.StartsWith("/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
                }
            }
        }
    }

    [Fact]
    public async Task Forms_posted_without_a_session_change_nothing()
    {
        using var client = _site.AnonymousClient();

        using var response = await client.PostAsync("settings?handler=CreateProject", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "intruder" }));

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(await _site.Host.Store.Projects.FindProjectAsync("intruder"));
    }

    [Fact]
    public async Task The_project_switch_posted_without_a_session_sets_nothing()
    {
        using var client = _site.AnonymousClient();

        using var response = await client.PostAsync("project", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "intruder", ["back"] = "/" }));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("vigil.project", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Settings_forms_posted_without_a_session_change_nothing()
    {
        using var client = _site.AnonymousClient();
        var form = new Dictionary<string, string> { ["name"] = "intruder", ["ruleId"] = "VG1001", ["kind"] = "webhook", ["target"] = "https://example.test/", ["names"] = "x", ["content"] = "192.0.2.1" };

        foreach (var (page, handler) in SettingsPagesTests.Handlers)
        {
            using var response = await client.PostAsync($"{page}?handler={handler}", new FormUrlEncodedContent(form));
            Assert.True(response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.Unauthorized or HttpStatusCode.BadRequest, $"POST /{page}?handler={handler} answered {(int)response.StatusCode}");
        }

        var project = (await _site.Host.Store.Projects.FindProjectAsync("test"))!.Id;
        Assert.Empty(await _site.Host.Store.AlertRules.ListAlertRulesAsync(project));
        Assert.Empty(await _site.Host.Store.IpLists.ListIpListsAsync(project));
        Assert.Null(await _site.Host.Store.MaskingRules.GetMaskingRulesAsync(project));
        Assert.Empty(await _site.Host.Store.Alerts.ListChannelsAsync(project));
    }

    [Fact]
    public async Task A_sign_in_post_without_the_anti_forgery_token_is_rejected()
    {
        using var client = _site.AnonymousClient();

        using var response = await client.PostAsync("signin", new FormUrlEncodedContent(new Dictionary<string, string> { ["username"] = "admin", ["password"] = DashboardSite.AdminPassword }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("vigil.session", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task After_sign_in_the_same_routes_answer_and_sign_out_ends_the_session()
    {
        using var client = _site.AnonymousClient();
        using var signIn = await DashboardSite.SignInAsync(client, "admin", DashboardSite.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("requests")).StatusCode);
        var token = DashboardSite.Token().Match(await client.GetStringAsync("requests")).Groups[1].Value;
        using var signOut = await client.PostAsync("signout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);

        using var after = await client.GetAsync("requests");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    // Each route with the method it answers (pages answer GET; a minimal API endpoint may be POST only).
    private IEnumerable<(string Method, string Route)> DashboardRoutes()
    {
        var sources = _site.Host.Services.GetServices<EndpointDataSource>();
        return sources.SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => (Method: e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods.FirstOrDefault() ?? "GET", Pattern: e.RoutePattern.RawText ?? ""))
            .Where(e => !e.Pattern.StartsWith("/v1", StringComparison.Ordinal) && !e.Pattern.StartsWith("v1", StringComparison.Ordinal))
            .Select(e => (e.Method, Concrete(e.Pattern.TrimStart('/'))))
            .Distinct();
    }

    // Route parameters get a value of the right shape, so the request reaches the page, not a 404.
    private static string Concrete(string pattern) =>
        System.Text.RegularExpressions.Regex.Replace(pattern, @"\{[^}]+\}", m => m.Value.Contains("guid", StringComparison.Ordinal) ? Guid.NewGuid().ToString() : "x");
}
