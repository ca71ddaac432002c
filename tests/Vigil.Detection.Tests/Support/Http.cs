using Vigil.Core.Capture;
using Vigil.Core.Findings;
using Vigil.Detection.Engine;

namespace Vigil.Detection.Tests.Support;

/// <summary>Builds exchanges in one line and runs one rule over them.</summary>
internal static class Http
{
    public static CapturedExchange Get(string url, int status = 200, string? responseType = "application/json", string? body = "{\"ok\":true}")
    {
        var uri = new Uri(url);
        var exchange = new CapturedExchange
        {
            Id = Guid.NewGuid(),
            Timestamp = new DateTimeOffset(2026, 11, 21, 12, 0, 0, TimeSpan.Zero),
            DurationMs = 5,
            Request = new CapturedRequest
            {
                Method = "GET",
                Scheme = uri.Scheme,
                Host = uri.Authority,
                Path = uri.AbsolutePath,
                Query = uri.Query.TrimStart('?'),
                Protocol = "HTTP/1.1",
                ClientIp = "203.0.113.9",
                Headers = new HeaderMap { ["User-Agent"] = ["tests"] },
            },
            Response = new CapturedResponse { Status = status, Body = body, Size = body?.Length },
        };
        if (responseType is not null)
        {
            exchange.Response.Headers["Content-Type"] = [responseType];
        }

        return exchange;
    }

    public static CapturedExchange Post(string url, string body, string contentType = "application/json")
    {
        var e = Get(url);
        e.Request.Method = "POST";
        e.Request.Body = body;
        e.Request.Headers["Content-Type"] = [contentType];
        return e;
    }

    public static CapturedExchange WithRequestHeader(this CapturedExchange e, string name, string value)
    {
        e.Request.Headers[name] = [value];
        return e;
    }

    public static CapturedExchange WithResponseHeader(this CapturedExchange e, string name, params string[] values)
    {
        e.Response.Headers[name] = values;
        return e;
    }

    /// <summary>Runs one rule, built the way the catalog builds it (with <paramref name="settings"/> when it takes them).</summary>
    public static IReadOnlyList<Finding> Run<TRule>(CapturedExchange exchange, DetectionSettings? settings = null)
        where TRule : IRequestRule
    {
        var rule = RuleCatalog.Create(settings ?? DetectionSettings.Default).Rules.OfType<TRule>().Single();
        return new RuleEngine(RuleCatalog.From([rule])).Evaluate(exchange, $"{exchange.Request.Method} {exchange.Request.Path}").Findings;
    }
}
