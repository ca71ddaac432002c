using Vigil.Core.Capture;

namespace Vigil.TestKit;

/// <summary>Valid exchanges to start a test from; tests change what they are about.</summary>
public static class Exchanges
{
    public static CapturedExchange Get(string path, int status = 200, string? route = null, double durationMs = 12.5, DateTimeOffset? at = null) => new()
    {
        Id = Guid.NewGuid(),
        Timestamp = at ?? DateTimeOffset.UtcNow,
        DurationMs = durationMs,
        Request = new CapturedRequest
        {
            Method = "GET",
            Scheme = "https",
            Host = "api.example.test",
            Path = path,
            Query = "",
            Route = route,
            Protocol = "HTTP/1.1",
            ClientIp = "203.0.113.7",
            Headers = new HeaderMap { ["Accept"] = ["application/json"], ["User-Agent"] = ["tests/1.0"] },
        },
        Response = new CapturedResponse
        {
            Status = status,
            Headers = new HeaderMap { ["Content-Type"] = ["application/json"] },
            Body = """{"ok":true}""",
            Size = 11,
        },
        Server = new ServerInfo { Name = "tests", Framework = "ASP.NET Core", Sdk = "tests" },
    };

    /// <summary>An exchange of about <paramref name="bytes"/> bytes of JSON on the wire.</summary>
    public static CapturedExchange OfSize(int bytes, int n = 0)
    {
        var e = Get($"/orders/{1000 + n}", route: "/orders/{id:int}");
        var body = new System.Text.StringBuilder("{\"items\":[");
        while (body.Length < bytes - 600)
        {
            body.Append("{\"sku\":\"A-1234\",\"qty\":2},");
        }

        body.Append("{\"sku\":\"end\",\"qty\":1}]}");
        e.Response.Body = body.ToString();
        return e;
    }
}
