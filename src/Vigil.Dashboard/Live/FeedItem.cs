using System.Text.Json.Serialization;
using Vigil.Dashboard.Model;
using Vigil.Storage.Dashboard;

namespace Vigil.Dashboard.Live;

/// <summary>One finding as the live feed sends it (<c>event: finding</c>); evidence is masked at ingest.</summary>
public sealed record FeedItem(long Seq, string RuleId, string Title, string Threat, string? Endpoint, string? Location, string? Evidence, Guid? EventId, DateTimeOffset Timestamp)
{
    public static FeedItem From(FeedFinding f) => new(
        f.Seq, f.Finding.RuleId, f.Finding.Title, ThreatStyle.Label(f.Finding.Threat), f.Finding.Endpoint, f.Finding.Location, f.Finding.Evidence, f.Finding.EventId, f.Finding.Timestamp);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(FeedItem))]
internal sealed partial class FeedJsonContext : JsonSerializerContext
{
}
