using System.Globalization;
using Microsoft.AspNetCore.Http;
using Vigil.Collector.Http;

namespace Vigil.Collector.ReadApi;

/// <summary>Parses read-API query parameters; a bad value becomes a 400 naming the parameter, never a silent default.</summary>
internal static class QueryParameters
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    public static bool TryLimit(HttpRequest request, out int limit, out IResult? error)
    {
        limit = DefaultLimit;
        error = null;
        var raw = request.Query["limit"].ToString();
        if (raw.Length == 0)
        {
            return true;
        }

        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out limit) && limit is >= 1 and <= MaxLimit)
        {
            return true;
        }

        error = Problems.BadQuery("limit", $"must be a whole number from 1 to {MaxLimit}");
        return false;
    }

    public static bool TryStatus(HttpRequest request, out int? status, out IResult? error)
    {
        status = null;
        error = null;
        var raw = request.Query["status"].ToString();
        if (raw.Length == 0)
        {
            return true;
        }

        if (int.TryParse(raw, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 100 and <= 599)
        {
            status = value;
            return true;
        }

        error = Problems.BadQuery("status", "must be an HTTP status code from 100 to 599");
        return false;
    }

    public static bool TrySince(HttpRequest request, out DateTimeOffset? since, out IResult? error)
    {
        since = null;
        error = null;
        var raw = request.Query["since"].ToString();
        if (raw.Length == 0)
        {
            return true;
        }

        if (DateTimeOffset.TryParse(raw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            since = value;
            return true;
        }

        error = Problems.BadQuery("since", "must be an ISO-8601 time such as 2026-01-31T12:00:00Z");
        return false;
    }

    /// <summary>
    /// <c>endpoint</c> is a route template (<c>/orders/{id}</c>) or a method and template (<c>GET /orders/{id}</c>).
    /// </summary>
    public static (string? Method, string? Route) Endpoint(HttpRequest request)
    {
        var raw = request.Query["endpoint"].ToString().Trim();
        if (raw.Length == 0)
        {
            return (null, null);
        }

        var space = raw.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? (raw[..space], raw[(space + 1)..].Trim()) : (null, raw);
    }
}
