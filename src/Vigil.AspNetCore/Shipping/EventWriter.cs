using System.Text.Json;
using Vigil.Core.Capture;
using Vigil.Protocol;

namespace Vigil.AspNetCore.Shipping;

/// <summary>
/// Writes a prepared event in the protocol's JSON, by hand, so a UTF-8 body goes from its bytes into the batch
/// without becoming a string. Same names, order and null handling as <see cref="ProtocolJson"/> (a test compares the
/// two on an exchange with every property set, and fails when a property is added that this does not write).
/// </summary>
internal static class EventWriter
{
    private static readonly HeaderMapJsonConverter Headers = new();

    public static void Write(Utf8JsonWriter writer, PreparedEvent prepared)
    {
        var e = prepared.Exchange;
        writer.WriteStartObject();
        if (e.Id is { } id)
        {
            writer.WriteString(EventNames.Id, id);
        }

        writer.WriteString(EventNames.Timestamp, e.Timestamp);
        writer.WriteNumber(EventNames.DurationMs, e.DurationMs);
        if (e.Request is { } request)
        {
            writer.WritePropertyName(EventNames.Request);
            WriteRequest(writer, request, prepared.RequestBody);
        }

        if (e.Response is { } response)
        {
            writer.WritePropertyName(EventNames.Response);
            WriteResponse(writer, response, prepared.ResponseBody);
        }

        if (e.Error is { } error)
        {
            writer.WriteStartObject(EventNames.Error);
            Text(writer, EventNames.Type, error.Type);
            Text(writer, EventNames.Message, error.Message);
            writer.WriteEndObject();
        }

        if (e.Server is { } server)
        {
            writer.WriteStartObject(EventNames.Server);
            Text(writer, EventNames.Name, server.Name);
            Text(writer, EventNames.Framework, server.Framework);
            Text(writer, EventNames.Sdk, server.Sdk);
            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteRequest(Utf8JsonWriter writer, CapturedRequest r, ReadOnlyMemory<byte>? utf8Body)
    {
        writer.WriteStartObject();
        Text(writer, EventNames.Method, r.Method);
        Text(writer, EventNames.Scheme, r.Scheme);
        Text(writer, EventNames.Host, r.Host);
        Text(writer, EventNames.Path, r.Path);
        Text(writer, EventNames.Query, r.Query);
        Text(writer, EventNames.Route, r.Route);
        Text(writer, EventNames.Protocol, r.Protocol);
        Text(writer, EventNames.ClientIp, r.ClientIp);
        WriteHeaders(writer, r.Headers);
        Body(writer, r.Body, utf8Body);
        writer.WriteBoolean(EventNames.BodyTruncated, r.BodyTruncated);
        Number(writer, EventNames.Size, r.Size);
        if (r.User is { } user)
        {
            writer.WriteStartObject(EventNames.User);
            Text(writer, EventNames.Id, user.Id);
            Text(writer, EventNames.AuthScheme, user.AuthScheme);
            writer.WriteEndObject();
        }

        if (r.Auth is { } auth)
        {
            WriteAuth(writer, auth);
        }

        writer.WriteEndObject();
    }

    private static void WriteResponse(Utf8JsonWriter writer, CapturedResponse r, ReadOnlyMemory<byte>? utf8Body)
    {
        writer.WriteStartObject();
        writer.WriteNumber(EventNames.Status, r.Status);
        WriteHeaders(writer, r.Headers);
        Body(writer, r.Body, utf8Body);
        writer.WriteBoolean(EventNames.BodyTruncated, r.BodyTruncated);
        Number(writer, EventNames.Size, r.Size);
        writer.WriteEndObject();
    }

    private static void WriteAuth(Utf8JsonWriter writer, CapturedAuth auth)
    {
        writer.WriteStartObject(EventNames.Auth);
        Text(writer, EventNames.Scheme, auth.Scheme);
        if (auth.Jwt is { } jwt)
        {
            writer.WriteStartObject(EventNames.Jwt);
            Text(writer, EventNames.Alg, jwt.Alg);
            Text(writer, EventNames.Typ, jwt.Typ);
            Time(writer, EventNames.IssuedAt, jwt.IssuedAt);
            Time(writer, EventNames.ExpiresAt, jwt.ExpiresAt);
            Time(writer, EventNames.NotBefore, jwt.NotBefore);
            Number(writer, EventNames.LifetimeSeconds, jwt.LifetimeSeconds);
            writer.WriteBoolean(EventNames.HasExp, jwt.HasExp);
            if (jwt.WeakSecret is { } weak)
            {
                writer.WriteBoolean(EventNames.WeakSecret, weak);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
    }

    private static void WriteHeaders(Utf8JsonWriter writer, HeaderMap? headers)
    {
        if (headers is not null)
        {
            writer.WritePropertyName(EventNames.Headers);
            Headers.Write(writer, headers, ProtocolJson.Options);
        }
    }

    // The UTF-8 bytes are escaped straight into the output; the writer's encoder is the protocol's relaxed one.
    private static void Body(Utf8JsonWriter writer, string? text, ReadOnlyMemory<byte>? utf8)
    {
        if (utf8 is { } bytes)
        {
            writer.WriteString(EventNames.Body, bytes.Span);
        }
        else
        {
            Text(writer, EventNames.Body, text);
        }
    }

    private static void Text(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null)
        {
            writer.WriteString(name, value);
        }
    }

    private static void Number(Utf8JsonWriter writer, JsonEncodedText name, long? value)
    {
        if (value is { } n)
        {
            writer.WriteNumber(name, n);
        }
    }

    private static void Time(Utf8JsonWriter writer, JsonEncodedText name, DateTimeOffset? value)
    {
        if (value is { } t)
        {
            writer.WriteString(name, t);
        }
    }
}
