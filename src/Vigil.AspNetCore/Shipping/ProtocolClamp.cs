using Vigil.Protocol.Validation;
using Vigil.Core.Capture;
using Vigil.Protocol;

namespace Vigil.AspNetCore.Shipping;

/// <summary>
/// Cuts an exchange to the protocol's field limits before it is sent. The collector answers 400 to a batch with
/// one oversized field, which would lose every event in it; a trimmed field loses only its tail. Runs after
/// masking, so a secret is never cut into a shape the masker no longer recognises.
/// </summary>
internal static class ProtocolClamp
{
    public static void Apply(CapturedExchange exchange)
    {
        exchange.DurationMs = double.IsFinite(exchange.DurationMs)
            ? Math.Clamp(exchange.DurationMs, 0, ProtocolLimits.MaxDurationMs)
            : 0;

        var request = exchange.Request;
        request.Method = Cut(request.Method, 32);
        request.Host = string.IsNullOrEmpty(request.Host) ? "unknown" : Cut(request.Host, ProtocolLimits.MaxShortFieldChars);
        request.Path = Cut(request.Path, ProtocolLimits.MaxPathChars);
        request.Query = Cut(request.Query, ProtocolLimits.MaxQueryChars);
        request.Route = CutOrNull(request.Route, ProtocolLimits.MaxPathChars);
        request.Protocol = Cut(request.Protocol, 32);
        Headers(request.Headers);
        if (request.Body is { Length: > ProtocolLimits.MaxBodyChars })
        {
            request.Body = Cut(request.Body, ProtocolLimits.MaxBodyChars);
            request.BodyTruncated = true;
        }

        if (request.User is { } user)
        {
            user.Id = CutOrNull(user.Id, ProtocolLimits.MaxShortFieldChars);
            user.AuthScheme = CutOrNull(user.AuthScheme, 128);
        }

        var response = exchange.Response;
        Headers(response.Headers);
        if (response.Body is { Length: > ProtocolLimits.MaxBodyChars })
        {
            response.Body = Cut(response.Body, ProtocolLimits.MaxBodyChars);
            response.BodyTruncated = true;
        }

        if (exchange.Error is { } error)
        {
            error.Type = Cut(error.Type, ProtocolLimits.MaxShortFieldChars);
            error.Message = Cut(error.Message ?? "", ProtocolLimits.MaxErrorMessageChars);
        }

        if (exchange.Server is { } server)
        {
            server.Name = CutOrNull(server.Name, ProtocolLimits.MaxShortFieldChars);
            server.Framework = CutOrNull(server.Framework, ProtocolLimits.MaxShortFieldChars);
            server.Sdk = CutOrNull(server.Sdk, ProtocolLimits.MaxShortFieldChars);
        }
    }

    private static void Headers(HeaderMap headers)
    {
        // Any client can send a header name the protocol refuses (300 characters, a space); kept, it would get
        // the whole batch of other users' events refused, which an attacker could use to blind monitoring.
        if (!AllValidNames(headers))
        {
            foreach (var name in headers.Keys.Where(n => !IngestBatchValidator.IsHeaderName(n)).ToList())
            {
                headers.Remove(name);
            }
        }

        if (headers.Count > ProtocolLimits.MaxHeaders)
        {
            foreach (var name in headers.Keys.Skip(ProtocolLimits.MaxHeaders).ToList())
            {
                headers.Remove(name);
            }
        }

        foreach (var (name, values) in headers)
        {
            var budget = ProtocolLimits.MaxHeaderValueChars;
            for (var i = 0; i < values.Length; i++)
            {
                values[i] = Cut(values[i], budget);
                budget -= values[i].Length;
            }
        }
    }

    // The common case, checked without the LINQ iterator and list (~300 B per event) that removing needs.
    private static bool AllValidNames(HeaderMap headers)
    {
        foreach (var name in headers.Keys)
        {
            if (!IngestBatchValidator.IsHeaderName(name))
            {
                return false;
            }
        }

        return true;
    }

    private static string? CutOrNull(string? value, int max) => value is null ? null : Cut(value, max);

    private static string Cut(string value, int max)
    {
        if (value.Length <= max)
        {
            return value;
        }

        // Never leave half of a surrogate pair at the end.
        var length = max > 0 && char.IsHighSurrogate(value[max - 1]) ? max - 1 : max;
        return value[..length];
    }
}
