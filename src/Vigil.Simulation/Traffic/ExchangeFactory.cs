using Vigil.Core.Capture;

namespace Vigil.Simulation.Traffic;

/// <summary>Turns a simulated request into the exchange the SDK would have captured.</summary>
internal static class ExchangeFactory
{
    public static CapturedExchange Build(Request r, DateTimeOffset at, Random random)
    {
        var request = new CapturedRequest
        {
            Method = r.Method,
            Scheme = "https",
            Host = "qr.example.test",
            Path = r.Path,
            Query = r.Query,
            Route = r.Route,
            Protocol = "HTTP/1.1",
            ClientIp = r.Ip,
            Headers = new HeaderMap { ["User-Agent"] = [r.UserAgent], ["Accept"] = ["application/json"] },
            Body = r.RequestBody,
        };
        if (r.RequestBody is not null)
        {
            request.Headers["Content-Type"] = ["application/json"];
        }

        if (r.UserId is not null)
        {
            request.User = new CapturedUser { Id = r.UserId, AuthScheme = "Bearer" };
            request.Headers["Authorization"] = ["Bearer ****"];
        }

        if (r.ApiKey is not null)
        {
            request.Headers["X-Api-Key"] = [r.ApiKey];
        }

        var response = new CapturedResponse
        {
            Status = r.Status,
            Headers = new HeaderMap { ["Content-Type"] = ["application/json; charset=utf-8"] },
            Body = r.ResponseBody ?? (r.Status >= 400 ? "{\"title\":\"error\"}" : "{\"ok\":true}"),
        };
        response.Size = response.Body.Length;
        return new CapturedExchange
        {
            Id = Guid.CreateVersion7(at),
            Timestamp = at,
            DurationMs = r.DurationMs * (0.6 + random.NextDouble()),
            Request = request,
            Response = response,
            Server = new ServerInfo { Name = "qr-ordering (simulated)", Framework = "ASP.NET Core", Sdk = "Vigil.Simulation" },
        };
    }
}
