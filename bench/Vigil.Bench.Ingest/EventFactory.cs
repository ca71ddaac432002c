using System.Text;
using Vigil.Core.Capture;
using Vigil.Core.Endpoints;
using Vigil.Core.Findings;
using Vigil.Protocol;
using Vigil.Storage;

namespace Vigil.Bench.Ingest;

/// <summary>Realistic ~1 KB API events: headers, a JSON response body, a templated route, varied ids and latencies.</summary>
internal static class EventFactory
{
    private static readonly string[] Routes = ["/api/orders/{id:int}", "/api/restaurants/{restaurantId:int}/menu", "/api/customers/lookup", "/api/payments"];

    public static IngestBatch Batch(int batch, BenchOptions options)
    {
        var random = new Random(batch);
        var events = new List<CapturedExchange>(options.BatchSize);
        for (var i = 0; i < options.BatchSize; i++)
        {
            events.Add(Event(random, batch * options.BatchSize + i, options.EventBytes));
        }

        return new IngestBatch { Events = events };
    }

    /// <summary>The event as the collector stores it: its endpoint, and the three low findings the request rules raise on it.</summary>
    public static StoredEvent Stored(Guid project, CapturedExchange e)
    {
        var endpoint = new EndpointKey("GET", e.Request.Route!);
        Finding Low(string rule, string title, string location, string message) => new()
        {
            RuleId = rule, Title = title, Threat = ThreatLevel.Low, EventId = e.Id, Endpoint = endpoint.ToString(), Location = location, Message = message, Timestamp = e.Timestamp,
        };

        return new StoredEvent(project, e, endpoint, ThreatLevel.Low)
        {
            Findings =
            [
                Low("VG1202", "Security response headers missing", "response.headers.Strict-Transport-Security", "HTTPS response without HSTS"),
                Low("VG1202", "Security response headers missing", "response.headers.X-Content-Type-Options", "body served without X-Content-Type-Options: nosniff"),
                Low("VG1204", "No rate-limit headers", "response.headers", "no RateLimit-* or X-RateLimit-* header on a successful response"),
            ],
        };
    }

    private static CapturedExchange Event(Random random, int n, int bytes)
    {
        var route = Routes[n % Routes.Length];
        var body = new StringBuilder("{\"id\":").Append(1000 + n).Append(",\"status\":\"served\",\"items\":[");
        while (body.Length < bytes - 700)
        {
            body.Append("{\"menuItemId\":").Append(random.Next(1, 500)).Append(",\"quantity\":").Append(random.Next(1, 4)).Append(",\"name\":\"Paneer tikka\"},");
        }

        body.Append("{\"menuItemId\":1,\"quantity\":1,\"name\":\"Chai\"}]}");
        return new CapturedExchange
        {
            Id = Guid.CreateVersion7(), // as the SDK sends: time-ordered ids keep the id index appends local
            Timestamp = DateTimeOffset.UtcNow,
            DurationMs = 2 + random.NextDouble() * 40,
            Request = new CapturedRequest
            {
                Method = "GET",
                Scheme = "https",
                Host = "orders.example.com",
                Path = route.Replace("{id:int}", (1000 + n).ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal).Replace("{restaurantId:int}", "12", StringComparison.Ordinal),
                Query = "",
                Route = route,
                Protocol = "HTTP/1.1",
                ClientIp = $"198.51.100.{n % 250}",
                Headers = new HeaderMap { ["Accept"] = ["application/json"], ["User-Agent"] = ["Mozilla/5.0 (bench)"], ["Authorization"] = ["Bearer ****"] },
            },
            Response = new CapturedResponse
            {
                Status = n % 50 == 0 ? 404 : 200,
                Headers = new HeaderMap { ["Content-Type"] = ["application/json; charset=utf-8"] },
                Body = body.ToString(),
                Size = body.Length,
            },
        };
    }
}
