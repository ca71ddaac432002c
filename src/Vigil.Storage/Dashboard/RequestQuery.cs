using System.Globalization;
using Vigil.Core.Findings;

namespace Vigil.Storage.Dashboard;

/// <summary>
/// Filters of the requests list. <see cref="Status"/> is an exact code (e.g. 404) or a class (4 for 4xx);
/// <see cref="Before"/> continues a previous page.
/// </summary>
public sealed record RequestFilter(
    Guid ProjectId,
    string? Method = null,
    string? Route = null,
    int? Status = null,
    int? StatusClass = null,
    ThreatLevel? Threat = null,
    string? ClientIp = null,
    TimeRange? Range = null,
    RequestCursor? Before = null,
    int Limit = 50);

/// <summary>A position in the newest-first order of events: (timestamp, insertion sequence).</summary>
public readonly record struct RequestCursor(long TimestampMs, long Seq)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{TimestampMs}-{Seq}");

    /// <summary>Reads <see cref="ToString"/> output; null for anything else, so a tampered link shows the first page.</summary>
    public static RequestCursor? Parse(string? text)
    {
        var dash = text?.IndexOf('-', StringComparison.Ordinal) ?? -1;
        return dash > 0
            && long.TryParse(text!.AsSpan(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var ts)
            && long.TryParse(text.AsSpan(dash + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
            ? new RequestCursor(ts, seq)
            : null;
    }
}

public sealed record RequestSummary(Guid Id, DateTimeOffset Timestamp, string Method, string Route, string Path, int Status, double DurationMs, string ClientIp, ThreatLevel Threat);

public sealed record RequestPage(IReadOnlyList<RequestSummary> Items, RequestCursor? Next);
