using System.Net;
using System.Text.RegularExpressions;
using Vigil.Collector.Setup;
using Vigil.Core.Capture;
using Vigil.TestKit;

namespace Vigil.Dashboard.Tests.Site;

/// <summary>
/// A real collector (Kestrel + SQLite) with its dashboard, an admin user with a known password, and seeded traffic:
/// ordinary reads, a few 500s, requests carrying a bearer token, and SQL injection attempts that score high.
/// </summary>
public sealed partial class DashboardSite : IAsyncDisposable
{
    public const string AdminPassword = "test-admin-password-1";

    private DashboardSite(CollectorHost host) => Host = host;

    public CollectorHost Host { get; }

    public Uri BaseAddress => Host.BaseAddress;

    public static async Task<DashboardSite> StartAsync(bool seed = true)
    {
        var host = await CollectorHost.StartAsync();
        await host.Store.Users.AddUserAsync(FirstRunSetup.AdminUser, FirstRunSetup.HashPassword(AdminPassword));
        var site = new DashboardSite(host);
        if (seed)
        {
            await site.IngestAsync(SeedTraffic(DateTimeOffset.UtcNow));
        }

        return site;
    }

    public async Task IngestAsync(IEnumerable<CapturedExchange> events)
    {
        using var client = Host.Client(Host.IngestKey);
        using var response = await Ingest.PostAsync(client, Ingest.Json(events));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    /// <summary>60 events over the last half hour: 48 reads, 6 server errors, 6 SQL injection attempts with a bearer token.</summary>
    public static IEnumerable<CapturedExchange> SeedTraffic(DateTimeOffset now)
    {
        for (var i = 0; i < 60; i++)
        {
            var at = now.AddSeconds(-30 * i);
            var e = i % 10 == 3
                ? Exchanges.Get($"/orders/{100 + i}", status: 500, route: "/orders/{id:int}", durationMs: 250, at: at)
                : Exchanges.Get($"/menu/items/{i}", route: "/menu/items/{id:int}", durationMs: 8 + i, at: at);
            if (i % 10 == 7)
            {
                e = Exchanges.Get("/search", route: "/search", durationMs: 40, at: at);
                e.Request.Query = "q=%27%20OR%201%3D1--";
                e.Request.ClientIp = "198.51.100.23";
                e.Request.Headers["Authorization"] = ["Bearer secret-token-value-123"];
            }

            yield return e;
        }
    }

    /// <summary>An HTTP client with its own cookie jar, not following redirects, so tests see what the server answered.</summary>
    public HttpClient AnonymousClient()
    {
        var handler = new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() };
        return new HttpClient(handler) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>Posts the sign-in form as a browser would (fetching the anti-forgery token first); returns the response.</summary>
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string user, string password)
    {
        var form = await client.GetStringAsync("signin");
        var token = Token().Match(form).Groups[1].Value;
        return await client.PostAsync("signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = user,
            ["password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    public static partial Regex Token();

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
