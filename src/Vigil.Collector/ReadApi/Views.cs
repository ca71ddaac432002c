using Vigil.Core.Capture;
using Vigil.Core.Findings;
using Vigil.Storage;

namespace Vigil.Collector.ReadApi;

// The read API's response shapes. Names are part of the public contract (docs/protocol.md): add, never rename.

public sealed record EventListView(IReadOnlyList<EventView> Events);

public sealed record EventView(
    Guid Id,
    DateTimeOffset Timestamp,
    double DurationMs,
    string Endpoint,
    string Threat,
    CapturedRequest Request,
    CapturedResponse Response,
    CapturedError? Error,
    ServerInfo? Server,
    IReadOnlyList<FindingView>? Findings)
{
    public static EventView From(StoredEvent stored, IReadOnlyList<Finding>? findings = null)
    {
        var e = stored.Exchange;
        return new EventView(
            stored.Id,
            e.Timestamp,
            e.DurationMs,
            stored.Endpoint.ToString(),
            ThreatName(stored.Threat),
            e.Request,
            e.Response,
            e.Error,
            e.Server,
            findings?.Select(FindingView.From).ToList());
    }

    public static string ThreatName(ThreatLevel threat) => threat.ToString().ToLowerInvariant();
}

public sealed record EndpointListView(IReadOnlyList<EndpointView> Endpoints)
{
    /// <summary>Operations the spec documents or the uploaded scan declares that no traffic has hit; absent without either.</summary>
    public IReadOnlyList<UnseenEndpointView>? Unseen { get; init; }
}

/// <summary>A documented operation without traffic: <c>status</c> is <c>documented</c>, or <c>zombie</c> once the project has been watched longer than the zombie window.</summary>
public sealed record UnseenEndpointView(string Method, string Route, IReadOnlyList<string> Sources, string? Status, bool? Deprecated) : ICodeFacts
{
    public string? Handler { get; init; }

    public string? File { get; init; }

    public int? Line { get; init; }

    public string? CodeAuth { get; init; }
}

/// <summary>What the uploaded scan says about an endpoint (absent without a scan or when the code does not declare it).</summary>
public interface ICodeFacts
{
    /// <summary><c>OrdersController.GetById</c>, or <c>lambda in Program.&lt;Main&gt;</c>.</summary>
    string? Handler { get; }

    /// <summary>The handler's file, as the scan named it.</summary>
    string? File { get; }

    int? Line { get; }

    /// <summary>What the code requires: <c>public</c>, <c>authenticated</c> or <c>policy</c>.</summary>
    string? CodeAuth { get; }
}

public sealed record EndpointView(
    string Method,
    string Route,
    long Requests,
    double ErrorRate,
    double ServerErrorRate,
    LatencyView LatencyMs,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen) : ICodeFacts
{
    /// <summary>Where the endpoint is known from: <c>traffic</c>, <c>spec</c>, <c>code</c>.</summary>
    public IReadOnlyList<string>? Sources { get; init; }

    /// <summary><c>documented</c>, <c>shadow</c> or <c>zombie</c> when the project has a spec; absent otherwise.</summary>
    public string? Status { get; init; }

    /// <summary>True when the spec marks the operation deprecated.</summary>
    public bool? Deprecated { get; init; }

    public string? Handler { get; init; }

    public string? File { get; init; }

    public int? Line { get; init; }

    public string? CodeAuth { get; init; }

    /// <summary>The spec's template for this traffic route, e.g. <c>/orders/{orderId}</c> for <c>/orders/{id:int}</c>.</summary>
    public string? DocumentedRoute { get; init; }

    /// <summary>Query parameters clients sent that the spec does not document, e.g. <c>/request/query/debug</c> (recent findings).</summary>
    public IReadOnlyList<string>? UndocumentedParameters { get; init; }

    /// <summary>Response fields the schema does not list, e.g. <c>/response/body/passwordHash</c> (recent findings).</summary>
    public IReadOnlyList<string>? UndocumentedFields { get; init; }

    public static EndpointView From(EndpointStats s) => new(
        s.Endpoint.Method,
        s.Endpoint.Route,
        s.Requests,
        Rate(s.ClientErrors + s.ServerErrors, s.Requests),
        Rate(s.ServerErrors, s.Requests),
        new LatencyView(Round(s.P50Ms), Round(s.P95Ms), Round(s.P99Ms)),
        s.FirstSeen,
        s.LastSeen);

    private static double Rate(long part, long whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);

    private static double Round(double ms) => Math.Round(ms, 3);
}

public sealed record LatencyView(double P50, double P95, double P99);

public sealed record FindingListView(IReadOnlyList<FindingView> Findings);

public sealed record FindingView(
    string RuleId,
    string Title,
    string Threat,
    Guid? EventId,
    string? Endpoint,
    string? Location,
    string? Evidence,
    DateTimeOffset Timestamp)
{
    /// <summary>The handler of the finding's endpoint, from the project's uploaded scan.</summary>
    public SourceView? Source { get; init; }

    /// <summary>Why the threat was raised, naming the code finding on the same endpoint; absent otherwise.</summary>
    public string? Message { get; init; }

    public static FindingView From(Finding f) =>
        new(f.RuleId, f.Title, EventView.ThreatName(f.Threat), f.EventId, f.Endpoint, f.Location, f.Evidence, f.Timestamp)
        {
            // Both were stored at ingest (FindingLinker); the read side only shows them.
            Source = f.Source is { } s ? new SourceView(s.File, s.Line) : null,
            Message = Scans.FindingLinker.IsEscalation(f.Message) ? f.Message : null,
        };
}

public sealed record SourceView(string File, int Line);
