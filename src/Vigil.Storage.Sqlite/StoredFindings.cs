using System.Text.Json;
using System.Text.Json.Serialization;
using Vigil.Core.Capture;
using Vigil.Core.Endpoints;
using Vigil.Core.Findings;

namespace Vigil.Storage.Sqlite;

/// <summary>
/// The findings column of an event row. Findings raised on an event repeat its id, endpoint and time, ~130 bytes
/// each: with the usual three or four hygiene findings that pushed a 1 KB event's row past half a 4 KB page, so each
/// row took a page of its own and every commit wrote twice the pages. When every finding carries exactly the event's
/// values they are written once, as <c>{"shared":[...]}</c> without those three fields, and filled in again on read;
/// otherwise (and in rows written before) the column is the full array.
/// </summary>
internal static class StoredFindings
{
    /// <summary>True when every finding's id, endpoint and time are the event's own (to the offset), so the short form loses nothing.</summary>
    public static bool Shared(StoredEvent stored)
    {
        var (method, route) = (stored.Endpoint.Method, stored.Endpoint.Route);
        var at = stored.Exchange.Timestamp;
        foreach (var f in stored.Findings)
        {
            if (f.EventId != stored.Id || f.Timestamp != at || f.Timestamp.Offset != at.Offset || f.Endpoint is not { } endpoint
                || endpoint.Length != method.Length + 1 + route.Length || !endpoint.StartsWith(method, StringComparison.Ordinal)
                || endpoint[method.Length] != ' ' || !endpoint.EndsWith(route, StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public static void Write(Utf8JsonWriter writer, StoredEvent stored)
    {
        if (!Shared(stored))
        {
            JsonSerializer.Serialize(writer, stored.Findings, StorageJsonContext.Default.IReadOnlyListFinding);
            return;
        }

        writer.WriteStartObject();
        writer.WritePropertyName("shared"u8);
        writer.WriteStartArray();
        foreach (var f in stored.Findings)
        {
            JsonSerializer.Serialize(writer, new SharedFinding(f.RuleId, f.Title, f.Threat, f.Location, f.Evidence, f.Message, f.Source), StorageJsonContext.Default.SharedFinding);
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    public static IReadOnlyList<Finding> Read(string text, Guid eventId, EndpointKey endpoint, CapturedExchange exchange)
    {
        if (!text.StartsWith('{'))
        {
            return JsonSerializer.Deserialize(text, StorageJsonContext.Default.IReadOnlyListFinding) ?? [];
        }

        var shared = JsonSerializer.Deserialize(text, StorageJsonContext.Default.SharedFindings)?.Shared ?? [];
        var name = endpoint.ToString();
        return [.. shared.Select(f => new Finding
        {
            RuleId = f.RuleId,
            Title = f.Title,
            Threat = f.Threat,
            EventId = eventId,
            Endpoint = name,
            Location = f.Location,
            Evidence = f.Evidence,
            Message = f.Message,
            Source = f.Source,
            Timestamp = exchange.Timestamp,
        })];
    }
}

/// <summary>A <see cref="Finding"/> less what it shares with its event (<see cref="StoredFindings"/>).</summary>
internal sealed record SharedFinding(string RuleId, string Title, ThreatLevel Threat, string? Location, string? Evidence, string? Message, SourceLocation? Source);

internal sealed record SharedFindings([property: JsonRequired] List<SharedFinding> Shared);
