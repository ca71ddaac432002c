using System.Text;
using System.Text.Json;
using Vigil.Core.Findings;

namespace Vigil.Reporting.Internal;

/// <summary>One <c>results[]</c> entry.</summary>
internal static class SarifResultWriter
{
    public static void Write(Utf8JsonWriter w, Finding f, int ruleIndex)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", f.RuleId);
        w.WriteNumber("ruleIndex", ruleIndex);
        w.WriteString("level", SarifNames.Level(f.Threat));
        w.WriteStartObject("message");
        w.WriteString("text", MessageText(f));
        w.WriteEndObject();

        w.WriteStartArray("locations");
        w.WriteStartObject();
        if (f.Source is { } source)
        {
            WritePhysical(w, source);
        }

        WriteLogical(w, f);
        w.WriteEndObject();
        w.WriteEndArray();

        w.WriteStartObject("partialFingerprints");
        w.WriteString(Fingerprint.Key, Fingerprint.Of(f));
        w.WriteEndObject();

        w.WriteStartObject("properties");
        w.WriteString("threat", ThreatNames.Lower(f.Threat));
        if (f.EventId is { } id)
        {
            w.WriteString("eventId", id);
        }

        JsonOutput.StringIfPresent(w, "endpoint", f.Endpoint);
        JsonOutput.StringIfPresent(w, "location", f.Location);
        JsonOutput.StringIfPresent(w, "evidence", f.Evidence);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    // Code scanning shows only message.text, so the occurrence-specific parts go in it.
    private static string MessageText(Finding f)
    {
        var text = new StringBuilder(f.Message ?? f.Title);
        if (text.Length > 0 && !char.IsPunctuation(text[^1]))
        {
            text.Append('.');
        }

        if (f.Endpoint is not null)
        {
            text.Append(" Endpoint: ").Append(f.Endpoint).Append('.');
        }

        if (f.Location is not null)
        {
            text.Append(" At: ").Append(f.Location).Append('.');
        }

        if (f.Evidence is not null)
        {
            text.Append(" Evidence: ").Append(f.Evidence);
        }

        return text.ToString();
    }

    private static void WritePhysical(Utf8JsonWriter w, SourceLocation source)
    {
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", SarifNames.ArtifactUri(source.File));
        w.WriteEndObject();
        if (source.Line > 0)
        {
            w.WriteStartObject("region");
            w.WriteNumber("startLine", source.Line);
            if (source.Column > 0)
            {
                w.WriteNumber("startColumn", source.Column);
            }

            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    // Traffic findings have no file: the endpoint and event are the only place a person can look for.
    private static void WriteLogical(Utf8JsonWriter w, Finding f)
    {
        var name = f.Endpoint ?? (f.EventId is { } id ? "event " + id.ToString() : null);
        if (name is null)
        {
            return;
        }

        w.WriteStartArray("logicalLocations");
        w.WriteStartObject();
        w.WriteString("name", name);
        var qualified = f.Location is null ? name : name + " " + f.Location;
        w.WriteString("fullyQualifiedName", qualified);
        w.WriteString("kind", "resource");
        w.WriteEndObject();
        w.WriteEndArray();
    }
}
