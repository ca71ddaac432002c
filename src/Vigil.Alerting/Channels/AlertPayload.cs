using System.Buffers;
using System.Text.Json;
using Vigil.Alerting.Grouping;
using Vigil.Core.Findings;

namespace Vigil.Alerting.Channels;

/// <summary>
/// The JSON an alert notice carries (webhook body; stable camelCase names, documented in docs/protocol.md):
/// <c>{"type":"alert.opened","alert":{"id":…,"ruleId":…,"title":…,"threat":"high","subject":…,"endpoint":…,
/// "status":"open","alertRule":…,"firstSeen":…,"lastSeen":…,"findings":1,"message":…,"evidence":…}}</c>.
/// Evidence is already masked; nothing else about the traffic is included.
/// </summary>
public static class AlertPayload
{
    public static string Type(AlertChange change) => change.Kind == AlertChangeKind.Escalated ? "alert.escalated" : "alert.opened";

    public static byte[] Json(AlertChange change)
    {
        var a = change.Alert;
        var buffer = new ArrayBufferWriter<byte>(1024);
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("type", Type(change));
            w.WriteStartObject("alert");
            w.WriteString("id", a.Id);
            w.WriteString("projectId", a.ProjectId);
            w.WriteString("ruleId", a.RuleId);
            w.WriteString("title", a.Title);
            w.WriteString("threat", Threat(a.Threat));
            w.WriteString("subject", a.Subject);
            Optional(w, "endpoint", a.Endpoint);
            w.WriteString("status", a.Status.ToString().ToLowerInvariant());
            w.WriteString("alertRule", a.AlertRule);
            w.WriteString("firstSeen", a.FirstSeen);
            w.WriteString("lastSeen", a.LastSeen);
            w.WriteNumber("findings", a.Findings);
            Optional(w, "message", a.Message);
            Optional(w, "evidence", a.Evidence);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>One line for chat and e-mail subjects: <c>[HIGH] Object id enumeration (BOLA) - ip:… on GET /orders/{id}</c>.</summary>
    public static string Headline(AlertChange change)
    {
        var a = change.Alert;
        var where = a.Endpoint is null ? a.Subject : $"{a.Subject} on {a.Endpoint}";
        var verb = change.Kind == AlertChangeKind.Escalated ? " (escalated)" : "";
        return $"[{Threat(a.Threat).ToUpperInvariant()}] {a.Title}{verb} - {where}";
    }

    public static string Threat(ThreatLevel threat) => threat.ToString().ToLowerInvariant();

    private static void Optional(Utf8JsonWriter w, string name, string? value)
    {
        if (value is not null)
        {
            w.WriteString(name, value);
        }
    }
}
