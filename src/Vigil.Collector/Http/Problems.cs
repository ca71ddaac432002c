using Microsoft.AspNetCore.Http;
using Vigil.Protocol;
using Vigil.Protocol.Validation;

namespace Vigil.Collector.Http;

/// <summary>The collector's error answers, each with a sentence that says what to do next.</summary>
internal static class Problems
{
    public static IResult BadRequest(IReadOnlyList<ProtocolError> errors) =>
        Write(400, "Invalid request", errors.Count == 1 ? $"{errors[0].Field} {errors[0].Message}" : $"{errors.Count} problems; see errors", errors);

    public static IResult BadRequest(IReadOnlyList<Vigil.Dashboard.SettingProblem> problems) =>
        BadRequest([.. problems.Select(p => new ProtocolError(p.Field, p.Message))]);

    public static IResult BadQuery(string parameter, string message) =>
        Write(400, "Invalid query parameter", $"{parameter} {message}", [new ProtocolError(parameter, message)]);

    public static IResult Unauthorized() =>
        Write(401, "Missing or invalid API key", $"Send a valid key in the {ProtocolConstants.KeyHeader} header; create one with: vigil keys create --scope ingest (or read).");

    public static IResult Forbidden(string needed) =>
        Write(403, "Key has the wrong scope", $"This endpoint needs a key with scope '{needed}'.");

    public static IResult TooLarge(string detail) => Write(413, "Payload too large", detail + "; send smaller batches (see docs/protocol.md).");

    public static IResult UnsupportedEncoding(string detail) => Write(415, "Unsupported content encoding", detail);

    public static IResult NotFound(string what) => Write(404, "Not found", what);

    public static IResult Busy(int retryAfterSeconds) =>
        new RetryAfterResult(Write(429, "Collector busy", $"Too many events are waiting to be stored; retry after {retryAfterSeconds} s."), retryAfterSeconds);

    public static IResult Unavailable(int retryAfterSeconds) =>
        new RetryAfterResult(Write(503, "Storage unavailable", $"The batch could not be stored; nothing was kept. Retry after {retryAfterSeconds} s."), retryAfterSeconds);

    private static IResult Write(int status, string title, string detail, IReadOnlyList<ProtocolError>? errors = null) =>
        Results.Json(
            new Problem($"https://vigil.dev/problems/{status}", title, status, detail, errors),
            CollectorJsonContext.Default.Problem,
            ProtocolConstants.ProblemContentType,
            status);

    private sealed class RetryAfterResult(IResult inner, int seconds) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.RetryAfter = seconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            return inner.ExecuteAsync(httpContext);
        }
    }
}
