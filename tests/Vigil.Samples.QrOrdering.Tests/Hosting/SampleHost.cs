using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Vigil.Samples.QrOrdering;

namespace Vigil.Samples.QrOrdering.Tests.Hosting;

/// <summary>The sample on real Kestrel at a free port on 127.0.0.1, with Vigil capture switched off.</summary>
internal sealed class SampleHost : IAsyncDisposable
{
    private SampleHost(WebApplication app, Uri baseAddress)
    {
        App = app;
        BaseAddress = baseAddress;
        Client = new HttpClient { BaseAddress = baseAddress };
    }

    public WebApplication App { get; }

    public Uri BaseAddress { get; }

    public HttpClient Client { get; }

    public static async Task<SampleHost> StartAsync()
    {
        var app = QrOrderingApp.Build(["--urls", "http://127.0.0.1:0"], vigil => vigil.Enabled = false);
        await app.StartAsync();
        return new SampleHost(app, new Uri(app.Urls.Single()));
    }

    /// <summary>Signs in as a seeded staff member (e-mails follow <c>role.restaurantId@staff.qrdine.example</c>).</summary>
    public async Task<string> LoginAsync(int restaurantId, string role = "manager")
    {
        var response = await Client.PostAsJsonAsync(
            "/api/auth/login", new { email = $"{role}.{restaurantId}@staff.qrdine.example", password = "demo-password-1" });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("token").GetString()!;
    }

    public async Task<HttpResponseMessage> SendAsStaffAsync(HttpMethod method, string path, string token, object? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
