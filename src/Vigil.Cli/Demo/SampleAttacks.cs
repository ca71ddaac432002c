using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Vigil.Cli.Demo;

/// <summary>
/// The demo's scripted attacks, sent to the sample API itself, so the SDK inside it captures them exactly as it would
/// a real attacker's (the attacker's address rides in X-Forwarded-For, which the demo's sample trusts from loopback).
/// Each is a few seconds of requests at a few per second: enough for its detector, few enough to read in the log.
/// The rate spike is left out: it needs ten minutes of history.
/// </summary>
internal static class SampleAttacks
{
    public static IReadOnlyList<SampleAttack> All { get; } =
    [
        new("enumeration", "VG2001", "198.51.100.66 walks GET /api/orders/{id} from 1001 upwards", Enumerate),
        new("stuffing", "VG2003", "203.0.113.99 tries 25 staff e-mails with a guessed password", Stuff),
        new("scraping", "VG2005", "198.51.100.77 pages through every restaurant", Scrape),
        new("stolen-token", "VG2006", "manager.1's session token used from 10 addresses", StolenToken),
    ];

    /// <summary>Runs every attack against <paramref name="sample"/>, one every <paramref name="spacing"/>.</summary>
    public static async Task RunAsync(Uri sample, TimeSpan spacing, CancellationToken cancellationToken)
    {
        using var http = new HttpClient { BaseAddress = sample, Timeout = TimeSpan.FromSeconds(30) };
        foreach (var attack in All)
        {
            var next = Task.Delay(spacing, cancellationToken);
            await attack.Run(http, cancellationToken).ConfigureAwait(false);
            await next.ConfigureAwait(false);
        }
    }

    private static async Task Enumerate(HttpClient http, CancellationToken ct)
    {
        for (var id = 1001; id < 1031; id++)
        {
            await SendAsync(http, HttpMethod.Get, $"api/orders/{id}", "198.51.100.66", ct).ConfigureAwait(false);
        }
    }

    private static async Task Stuff(HttpClient http, CancellationToken ct)
    {
        for (var i = 1; i <= 25; i++)
        {
            var body = new { email = $"manager.{i}@staff.qrdine.example", password = "Summer2026!" };
            await SendAsync(http, HttpMethod.Post, "api/auth/login", "203.0.113.99", ct, JsonContent.Create(body)).ConfigureAwait(false);
        }
    }

    private static async Task Scrape(HttpClient http, CancellationToken ct)
    {
        for (var page = 1; page <= 25; page++)
        {
            await SendAsync(http, HttpMethod.Get, $"api/restaurants?page={page}&pageSize=5", "198.51.100.77", ct).ConfigureAwait(false);
        }
    }

    private static async Task StolenToken(HttpClient http, CancellationToken ct)
    {
        var login = JsonContent.Create(new { email = "manager.1@staff.qrdine.example", password = "demo-password-1" });
        var signedIn = await SendAsync(http, HttpMethod.Post, "api/auth/login", "192.0.2.10", ct, login).ConfigureAwait(false);
        var token = signedIn is { } body && body.TryGetProperty("token", out var t) ? t.GetString() : null;
        for (var i = 0; i < 20; i++)
        {
            var from = "203.0.113." + ((i % 10) + 10).ToString(CultureInfo.InvariantCulture);
            await SendAsync(http, HttpMethod.Get, "api/restaurants/1/orders", from, ct, bearer: token).ConfigureAwait(false);
        }
    }

    /// <summary>The JSON answer of a successful request, else null.</summary>
    private static async Task<JsonElement?> SendAsync(
        HttpClient http, HttpMethod method, string path, string from, CancellationToken ct, HttpContent? content = null, string? bearer = null)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Add("X-Forwarded-For", from);
        request.Headers.UserAgent.ParseAdd("python-requests/2.32");
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        using var response = await http.SendAsync(request, ct).ConfigureAwait(false);
        var body = response.IsSuccessStatusCode && response.Content.Headers.ContentType?.MediaType == "application/json"
            ? await response.Content.ReadFromJsonAsync<JsonElement>(ct).ConfigureAwait(false)
            : (JsonElement?)null;
        await Task.Delay(TimeSpan.FromMilliseconds(150), ct).ConfigureAwait(false); // a few per second, like a script
        return body;
    }
}

/// <summary>One scripted attack of the demo and the detector that should catch it.</summary>
internal sealed record SampleAttack(string Name, string ExpectedRule, string Description, Func<HttpClient, CancellationToken, Task> Run);
