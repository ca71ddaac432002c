using Vigil.Core.Capture;
using Vigil.Detection.Inputs;

namespace Vigil.Detection.Engine;

/// <summary>One exchange as the rules see it, with the inputs extracted once and shared by every rule.</summary>
public sealed class RequestContext
{
    private IReadOnlyList<RequestInput>? _inputs;
    private IReadOnlyList<InjectionHit>? _injections;

    public RequestContext(CapturedExchange exchange, string endpoint)
    {
        Exchange = exchange;
        Endpoint = endpoint;
    }

    public CapturedExchange Exchange { get; }

    public CapturedRequest Request => Exchange.Request;

    public CapturedResponse Response => Exchange.Response;

    /// <summary>Endpoint key such as <c>GET /orders/{id}</c>.</summary>
    public string Endpoint { get; }

    /// <summary>Every attacker-controlled value of the request: query, path segments, headers, cookies, form fields, JSON leaves.</summary>
    public IReadOnlyList<RequestInput> Inputs => _inputs ??= InputExtractor.Extract(Exchange.Request);

    /// <summary>Every input an injection detector flagged, computed once for all injection rules.</summary>
    public IReadOnlyList<InjectionHit> Injections => _injections ??= InjectionScan.Run(Inputs);

    public bool IsHttps => string.Equals(Request.Scheme, "https", StringComparison.OrdinalIgnoreCase);

    public bool Succeeded => Response.Status is >= 200 and < 300;
}
