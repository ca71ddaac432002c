using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Collector.Behaviour;
using Vigil.Core.Capture;
using Vigil.TestKit;

namespace Vigil.Collector.Tests.Settings;

/// <summary>What the settings API tests share: bodies, problem fields, and waiting for the pipeline to catch up.</summary>
internal static class SettingsApi
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 1, 12, 0, 0, TimeSpan.Zero);

    public static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");

    public static StringContent Text(string text) => new(text, Encoding.UTF8, "text/plain");

    public static async Task<string[]> FieldsAsync(HttpResponseMessage response) =>
        [.. (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("field").GetString()!)];

    public static CapturedExchange Injection(int second)
    {
        var e = Exchanges.Get("/search", route: "/search", at: T0.AddSeconds(second));
        e.Request.Query = "q=%27%20OR%20%271%27%3D%271";
        return e;
    }

    /// <summary>Waits until the behaviour pipeline has taken <paramref name="count"/> events (it runs beside ingest).</summary>
    public static async Task ProcessedAsync(CollectorHost collector, long count)
    {
        var pipeline = collector.Services.GetRequiredService<BehaviourPipeline>();
        for (var i = 0; i < 400 && pipeline.Processed < count; i++)
        {
            await Task.Delay(50);
        }

        Assert.True(pipeline.Processed >= count, $"the pipeline processed {pipeline.Processed} of {count} events");
    }

    public static async Task<List<JsonElement>> AlertsAsync(HttpClient read) =>
        [.. (await read.GetFromJsonAsync<JsonElement>("v1/alerts")).GetProperty("alerts").EnumerateArray()];

    public static async Task<JsonElement> EventAsync(HttpClient read, CapturedExchange e) =>
        await read.GetFromJsonAsync<JsonElement>($"v1/events/{e.Id}");
}
