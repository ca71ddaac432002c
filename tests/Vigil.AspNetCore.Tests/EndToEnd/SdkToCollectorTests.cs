using Microsoft.AspNetCore.Hosting;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vigil.TestKit;

namespace Vigil.AspNetCore.Tests.EndToEnd;

/// <summary>The whole runtime path on real servers: host app + SDK → collector → SQLite → read API.</summary>
public sealed class SdkToCollectorTests
{
    [Fact]
    public async Task Traffic_of_an_instrumented_app_is_readable_masked_and_templated()
    {
        await using var collector = await CollectorHost.StartAsync();
        await using var app = await StartHostAsync(collector);
        using var client = new HttpClient { BaseAddress = Address(app) };

        using (var order = await client.GetAsync("orders/1042?expand=items"))
        {
            Assert.Equal(HttpStatusCode.OK, order.StatusCode);
        }

        using var login = new HttpRequestMessage(HttpMethod.Post, "login")
        {
            Content = new StringContent("""{"username":"asha","password":"hunter2-Secret!"}""", Encoding.UTF8, "application/json"),
        };
        login.Headers.Authorization = new("Bearer", "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhc2hhIn0.c2lnbmF0dXJlLXZhbHVl");
        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(login)).StatusCode);

        var read = collector.Client(collector.ReadKey);
        var events = await EventuallyAsync(read, expected: 2);

        var orderEvent = events.Single(e => e.GetProperty("request").GetProperty("path").GetString() == "/orders/1042");
        Assert.Equal("GET /orders/{id:int}", orderEvent.GetProperty("endpoint").GetString());
        Assert.Equal("expand=items", orderEvent.GetProperty("request").GetProperty("query").GetString());
        Assert.Contains("\"total\":42.5", orderEvent.GetProperty("response").GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal(200, orderEvent.GetProperty("response").GetProperty("status").GetInt32());

        var loginEvent = events.Single(e => e.GetProperty("request").GetProperty("path").GetString() == "/login");
        var raw = loginEvent.GetRawText();
        Assert.DoesNotContain("hunter2-Secret!", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("c2lnbmF0dXJlLXZhbHVl", raw, StringComparison.Ordinal);
        Assert.Contains("asha", loginEvent.GetProperty("request").GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("Bearer ", loginEvent.GetProperty("request").GetProperty("headers").GetProperty("Authorization").GetString(), StringComparison.Ordinal);

        var endpoints = await read.GetFromJsonAsync<JsonElement>("v1/endpoints");
        Assert.Contains(endpoints.GetProperty("endpoints").EnumerateArray(), e => e.GetProperty("route").GetString() == "/orders/{id:int}");
    }

    private static async Task<WebApplication> StartHostAsync(CollectorHost collector)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddVigil(o =>
        {
            o.Endpoint = collector.BaseAddress.ToString();
            o.ApiKey = collector.IngestKey;
            o.FlushInterval = TimeSpan.FromMilliseconds(100);
        });
        var app = builder.Build();
        app.UseVigil();
        app.MapGet("/orders/{id:int}", (int id) => Results.Json(new { id, total = 42.5 }));
        app.MapPost("/login", async (HttpRequest request) =>
        {
            using var body = await JsonDocument.ParseAsync(request.Body);
            return Results.Json(new { user = body.RootElement.GetProperty("username").GetString() });
        });
        await app.StartAsync();
        return app;
    }

    private static Uri Address(WebApplication app) =>
        new(app.Urls.First());

    private static async Task<List<JsonElement>> EventuallyAsync(HttpClient read, int expected)
    {
        var deadline = TimeProvider.System.GetUtcNow() + TimeSpan.FromSeconds(30);
        while (true)
        {
            var list = await read.GetFromJsonAsync<JsonElement>("v1/events");
            var events = list.GetProperty("events").EnumerateArray().ToList();
            if (events.Count >= expected || TimeProvider.System.GetUtcNow() > deadline)
            {
                Assert.Equal(expected, events.Count);
                return events;
            }

            await Task.Delay(100);
        }
    }
}
