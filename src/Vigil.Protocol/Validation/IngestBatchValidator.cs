using System.Net;
using Vigil.Core.Capture;

namespace Vigil.Protocol.Validation;

/// <summary>
/// Checks a deserialized batch against the protocol and returns every problem at once, so a sender fixes
/// its integration in one round trip rather than one field at a time.
/// </summary>
public sealed class IngestBatchValidator(TimeProvider clock)
{
    private const int MaxErrors = 100;

    public IReadOnlyList<ProtocolError> Validate(IngestBatch? batch)
    {
        var errors = new List<ProtocolError>();
        if (batch?.Events is null)
        {
            errors.Add(new("events", "is required and must be an array of events"));
            return errors;
        }

        if (batch.Events.Count == 0)
        {
            errors.Add(new("events", "must hold at least one event"));
        }
        else if (batch.Events.Count > ProtocolLimits.MaxEventsPerBatch)
        {
            errors.Add(new("events", $"holds {batch.Events.Count} events; the limit is {ProtocolLimits.MaxEventsPerBatch} per batch"));
            return errors;
        }

        var now = clock.GetUtcNow();
        for (var i = 0; i < batch.Events.Count && errors.Count < MaxErrors; i++)
        {
            ValidateEvent(batch.Events[i], EventPaths.OfBatchIndex(i), now, errors);
        }

        return errors.Count <= MaxErrors ? errors : errors.GetRange(0, MaxErrors);
    }

    /// <summary>Checks one event on its own (the SDK drops an event that would get its whole batch refused).</summary>
    public IReadOnlyList<ProtocolError> ValidateEvent(CapturedExchange exchange, string at = "event")
    {
        var errors = new List<ProtocolError>();
        ValidateEvent(exchange, EventPaths.Under(at), clock.GetUtcNow(), errors);
        return errors.Count <= MaxErrors ? errors : errors.GetRange(0, MaxErrors);
    }

    private static void ValidateEvent(CapturedExchange? e, EventPaths paths, DateTimeOffset now, List<ProtocolError> errors)
    {
        var at = paths.Event;
        if (e is null)
        {
            errors.Add(new(at, "must be an event object, not null"));
            return;
        }

        if (e.Timestamp == default)
        {
            errors.Add(new($"{at}.timestamp", "is required (ISO-8601, e.g. 2026-01-31T12:00:00Z)"));
        }
        else if (e.Timestamp < ProtocolLimits.EarliestTimestamp || e.Timestamp > now + ProtocolLimits.MaxClockSkew)
        {
            errors.Add(new($"{at}.timestamp", "is outside the accepted range (after 2000-01-01 and not more than one day ahead of the collector's clock)"));
        }

        if (!double.IsFinite(e.DurationMs) || e.DurationMs < 0 || e.DurationMs > ProtocolLimits.MaxDurationMs)
        {
            errors.Add(new($"{at}.durationMs", "must be a number of milliseconds between 0 and 86400000"));
        }

        ValidateRequest(e.Request, paths.Request, paths.RequestHeaders, errors);
        ValidateResponse(e.Response, paths.Response, paths.ResponseHeaders, errors);

        if (e.Error is not null)
        {
            Required(e.Error.Type, at, "error.type", ProtocolLimits.MaxShortFieldChars, errors);
            MaxLength(e.Error.Message, at, "error.message", ProtocolLimits.MaxErrorMessageChars, errors);
        }

        if (e.Server is not null)
        {
            MaxLength(e.Server.Name, at, "server.name", ProtocolLimits.MaxShortFieldChars, errors);
            MaxLength(e.Server.Framework, at, "server.framework", ProtocolLimits.MaxShortFieldChars, errors);
            MaxLength(e.Server.Sdk, at, "server.sdk", ProtocolLimits.MaxShortFieldChars, errors);
        }
    }

    private static void ValidateRequest(CapturedRequest? r, string at, string headersAt, List<ProtocolError> errors)
    {
        if (r is null)
        {
            errors.Add(new(at, "is required"));
            return;
        }

        if (Required(r.Method, at, "method", 32, errors) && !IsToken(r.Method))
        {
            errors.Add(new($"{at}.method", "must be an HTTP method token such as GET or POST"));
        }

        if (Required(r.Scheme, at, "scheme", 16, errors) && r.Scheme is not ("http" or "https"))
        {
            errors.Add(new($"{at}.scheme", "must be \"http\" or \"https\""));
        }

        Required(r.Host, at, "host", ProtocolLimits.MaxShortFieldChars, errors);
        if (Required(r.Path, at, "path", ProtocolLimits.MaxPathChars, errors) && !r.Path.StartsWith('/'))
        {
            errors.Add(new($"{at}.path", "must start with \"/\""));
        }

        if (r.Query is null)
        {
            errors.Add(new($"{at}.query", "must be a string (empty when there is no query)"));
        }
        else
        {
            MaxLength(r.Query, at, "query", ProtocolLimits.MaxQueryChars, errors);
        }

        MaxLength(r.Route, at, "route", ProtocolLimits.MaxPathChars, errors);
        Required(r.Protocol, at, "protocol", 32, errors);
        if (r.ClientIp is null)
        {
            errors.Add(new($"{at}.clientIp", "is required (an IPv4 or IPv6 address, or empty when unknown)"));
        }
        else if (r.ClientIp.Length > 0 && (r.ClientIp.Length > 64 || !IPAddress.TryParse(r.ClientIp, out _)))
        {
            errors.Add(new($"{at}.clientIp", "must be an IPv4 or IPv6 address"));
        }

        ValidateHeaders(r.Headers, headersAt, errors);
        MaxLength(r.Body, at, "body", ProtocolLimits.MaxBodyChars, errors);
        NonNegative(r.Size, at, "size", errors);
        if (r.User is not null)
        {
            MaxLength(r.User.Id, at, "user.id", ProtocolLimits.MaxShortFieldChars, errors);
            MaxLength(r.User.AuthScheme, at, "user.authScheme", 128, errors);
        }

        if (r.Auth is not null)
        {
            ValidateAuth(r.Auth, $"{at}.auth", errors);
        }
    }

    private static void ValidateAuth(CapturedAuth auth, string at, List<ProtocolError> errors)
    {
        Required(auth.Scheme, at, "scheme", ProtocolLimits.MaxAuthFieldChars, errors);
        if (auth.Jwt is { } jwt)
        {
            Required(jwt.Alg, at, "jwt.alg", ProtocolLimits.MaxAuthFieldChars, errors);
            MaxLength(jwt.Typ, at, "jwt.typ", ProtocolLimits.MaxAuthFieldChars, errors);
        }
    }

    private static void ValidateResponse(CapturedResponse? r, string at, string headersAt, List<ProtocolError> errors)
    {
        if (r is null)
        {
            errors.Add(new(at, "is required"));
            return;
        }

        if (r.Status is < 100 or > 599)
        {
            errors.Add(new($"{at}.status", "is required and must be an HTTP status code between 100 and 599"));
        }

        ValidateHeaders(r.Headers, headersAt, errors);
        MaxLength(r.Body, at, "body", ProtocolLimits.MaxBodyChars, errors);
        NonNegative(r.Size, at, "size", errors);
    }

    private static void ValidateHeaders(HeaderMap? headers, string at, List<ProtocolError> errors)
    {
        if (headers is null)
        {
            errors.Add(new(at, "must be an object (empty when there are none)"));
            return;
        }

        if (headers.Count > ProtocolLimits.MaxHeaders)
        {
            errors.Add(new(at, $"holds {headers.Count} headers; the limit is {ProtocolLimits.MaxHeaders}"));
            return;
        }

        foreach (var (name, values) in headers)
        {
            if (errors.Count >= MaxErrors)
            {
                return;
            }

            if (!IsHeaderName(name))
            {
                errors.Add(new($"{at}", $"has an invalid header name \"{Truncate(name)}\""));
                continue;
            }

            long total = 0;
            foreach (var v in values)
            {
                total += v.Length;
            }

            if (total > ProtocolLimits.MaxHeaderValueChars)
            {
                errors.Add(new($"{at}.{name}", $"is longer than {ProtocolLimits.MaxHeaderValueChars} characters"));
            }
        }
    }

    // The field's path is built only when there is an error to report: the SDK validates every event it sends, and
    // building ~25 paths per valid event cost ~1.5 KB of garbage each time.
    private static bool Required(string? value, string at, string field, int maxLength, List<ProtocolError> errors)
    {
        if (string.IsNullOrEmpty(value))
        {
            errors.Add(new($"{at}.{field}", "is required"));
            return false;
        }

        return MaxLength(value, at, field, maxLength, errors);
    }

    private static bool MaxLength(string? value, string at, string field, int maxLength, List<ProtocolError> errors)
    {
        if (value is not null && value.Length > maxLength)
        {
            errors.Add(new($"{at}.{field}", $"is longer than {maxLength} characters"));
            return false;
        }

        return true;
    }

    private static void NonNegative(long? value, string at, string field, List<ProtocolError> errors)
    {
        if (value < 0)
        {
            errors.Add(new($"{at}.{field}", "must not be negative"));
        }
    }

    /// <summary>A header name the collector accepts: an RFC 9110 token of at most <see cref="ProtocolLimits.MaxHeaderNameChars"/>.</summary>
    public static bool IsHeaderName(string name) =>
        name.Length is > 0 and <= ProtocolLimits.MaxHeaderNameChars && IsToken(name);

    // RFC 9110 token characters.
    private static bool IsToken(string s)
    {
        foreach (var c in s)
        {
            if (c <= ' ' || c >= 127 || "\"(),/:;<=>?@[\\]{}".Contains(c))
            {
                return false;
            }
        }

        return true;
    }

    private static string Truncate(string s) => s.Length <= 40 ? s : s[..40] + "…";
}
