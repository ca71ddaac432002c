using Vigil.Core.Capture;

namespace Vigil.Detection.Rules;

/// <summary>Small questions several rules ask of a response.</summary>
internal static class ResponseFacts
{
    public static bool IsHtml(CapturedResponse response) =>
        response.Headers.First("Content-Type")?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true;

    public static bool HasBody(CapturedResponse response) => HasBody(response.Body, response.Size);

    /// <summary>A body was sent: its captured text, or only its size when capture left the text out.</summary>
    public static bool HasBody(string? body, long? size) => size > 0 || !string.IsNullOrEmpty(body);

    public static bool IsLoopback(string host)
    {
        var name = host.StartsWith('[') ? host[..(host.IndexOf(']', StringComparison.Ordinal) + 1)] : host.Split(':')[0];
        return name is "localhost" or "127.0.0.1" or "[::1]" || name.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase);
    }
}
