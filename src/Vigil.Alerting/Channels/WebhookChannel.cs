using System.Globalization;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Vigil.Alerting.Grouping;

namespace Vigil.Alerting.Channels;

/// <summary>
/// Generic webhook: POSTs <see cref="AlertPayload.Json"/> with <c>X-Vigil-Timestamp</c> (Unix seconds) and
/// <c>X-Vigil-Signature: sha256=HEX</c>, the HMAC-SHA256 of <c>"{timestamp}.{body}"</c> under the channel's secret,
/// so a receiver can check origin and reject replays.
/// </summary>
public sealed class WebhookChannel(string name, Uri url, string? secret, HttpClient http, TimeProvider clock) : IAlertChannel
{
    public const string SignatureHeader = "X-Vigil-Signature";
    public const string TimestampHeader = "X-Vigil-Timestamp";
    public const string EventHeader = "X-Vigil-Event";

    public string Name => name;

    public static string Sign(string secret, string timestamp, ReadOnlySpan<byte> body)
    {
        var prefix = Encoding.UTF8.GetBytes(timestamp + ".");
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message));
    }

    public async Task<DeliveryAttempt> SendAsync(AlertChange change, CancellationToken cancellationToken)
    {
        var body = AlertPayload.Json(change);
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        request.Headers.Add(TimestampHeader, timestamp);
        request.Headers.Add(EventHeader, AlertPayload.Type(change));
        if (!string.IsNullOrEmpty(secret))
        {
            request.Headers.Add(SignatureHeader, Sign(secret, timestamp, body));
        }

        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        return DeliveryAttempt.FromStatus((int)response.StatusCode);
    }
}
