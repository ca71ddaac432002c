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

        // Written by hand: one serializer call per finding cost ~2.5 µs an event, more than the row's B-tree work.
        writer.WriteStartObject();
        writer.WriteStartArray("shared"u8);
        foreach (var f in stored.Findings)
        {
            writer.WriteStartObject();
            writer.WriteString("ruleId"u8, f.RuleId);
            writer.WriteString("title"u8, f.Title);
            writer.WriteNumber("threat"u8, (int)f.Threat);
            WriteIfSet(writer, "location"u8, f.Location);
            WriteIfSet(writer, "evidence"u8, f.Evidence);
            WriteIfSet(writer, "message"u8, f.Message);
            if (f.Source is { } source)
            {
                writer.WriteStartObject("source"u8);
                writer.WriteString("file"u8, source.File);
                writer.WriteNumber("line"u8, source.Line);
                writer.WriteNumber("column"u8, source.Column);
                writer.WriteEndObject();
            }

            writer.WriteEndObject();
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

    private static void WriteIfSet(Utf8JsonWriter writer, ReadOnlySpan<byte> name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }
}

/// <summary>A <see cref="Finding"/> less what it shares with its event, as <see cref="StoredFindings"/> reads it back.</summary>
internal sealed record SharedFinding(string RuleId, string Title, ThreatLevel Threat, string? Location, string? Evidence, string? Message, SourceLocation? Source);

internal sealed record SharedFindings([property: JsonRequired] List<SharedFinding> Shared);
