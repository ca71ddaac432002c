using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vigil.TestKit;

namespace Vigil.Collector.Tests.Settings;

/// <summary>Every settings route needs a key (401) of the read scope (403), whatever its method; the routes come from the app.</summary>
public sealed class SettingsAuthTests
{
    private static readonly string[] Prefixes = ["v1/alert-rules", "v1/masking-rules", "v1/ip-lists", "v1/channels"];

    [Fact]
    public async Task Every_settings_route_refuses_no_key_and_an_ingest_key()
    {
        await using var collector = await CollectorHost.StartAsync();
        var routes = collector.Services.GetServices<EndpointDataSource>().SelectMany(s => s.Endpoints).OfType<RouteEndpoint>()
            .Select(e => (Pattern: e.RoutePattern.RawText!.TrimStart('/'), Methods: e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()?.HttpMethods ?? []))
            .Where(r => Prefixes.Any(p => r.Pattern.StartsWith(p, StringComparison.Ordinal)))
            .ToList();
        Assert.Equal(11, routes.Sum(r => r.Methods.Count));

        foreach (var (pattern, methods) in routes)
        {
            var path = pattern.Replace("{id}", Guid.NewGuid().ToString(), StringComparison.Ordinal).Replace("{name}", "x", StringComparison.Ordinal);
            foreach (var method in methods)
            {
                foreach (var (key, expected) in new[] { ((string?)null, HttpStatusCode.Unauthorized), (collector.IngestKey, HttpStatusCode.Forbidden) })
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = SettingsApi.Json("{}") };
                    using var response = await collector.Client(key).SendAsync(request);
                    Assert.True(response.StatusCode == expected, $"{method} /{path} with {(key is null ? "no key" : "an ingest key")} answered {(int)response.StatusCode}");
                }
            }
        }
    }
}
