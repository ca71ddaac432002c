using System.Net.Http.Headers;
using System.Text;
using Vigil.AspNetCore.Configuration;
using Vigil.Protocol;

namespace Vigil.AspNetCore.Shipping;

/// <summary>
/// One HTTP client for the life of the host (pooled connections, recycled so DNS changes are seen) that makes
/// a single <c>POST /v1/ingest</c> attempt. Retrying and per-attempt timeouts belong to <see cref="IngestPipeline"/>.
/// </summary>
internal sealed class IngestClient : IDisposable
{
    private const int MaxProblemBytes = 4096;

    private readonly HttpClient _http;
    private readonly VigilSettings _settings;
    private readonly TimeProvider _clock;

    public IngestClient(VigilSettings settings, TimeProvider clock)
    {
        _settings = settings;
        _clock = clock;
        var handler = new SocketsHttpHandler
        {
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = settings.RequestTimeout,
            AutomaticDecompression = System.Net.DecompressionMethods.None,
            // A redirect would replay the ingest key and the batch to whatever host the answer names: a 3xx is final.
            AllowAutoRedirect = false,
        };
        _http = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    public async ValueTask<IngestResponse> SendAsync(ReadOnlyMemory<byte> gzipJson, CancellationToken cancellationToken)
    {
        using var content = new ReadOnlyMemoryContent(gzipJson);
        content.Headers.ContentType = new MediaTypeHeaderValue(ProtocolConstants.JsonContentType);
        content.Headers.ContentEncoding.Add("gzip");
        using var request = new HttpRequestMessage(HttpMethod.Post, _settings.IngestUri) { Content = content };
        request.Headers.TryAddWithoutValidation(ProtocolConstants.KeyHeader, _settings.ApiKey);

        using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
        {
            return new IngestResponse(status, null, null);
        }

        var problem = await ReadProblemAsync(response, cancellationToken).ConfigureAwait(false);
        return new IngestResponse(status, RetryAfter(response), problem);
    }

    public void Dispose() => _http.Dispose();

    private TimeSpan? RetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }

        if (header?.Date is { } date)
        {
            var wait = date - _clock.GetUtcNow();
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }

        return null;
    }

    // The collector explains refusals in a problem+json body; keep its start for the log, never the whole thing.
    private static async Task<string> ReadProblemAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            var buffer = new byte[MaxProblemBytes];
            var length = 0;
            int read;
            while (length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                length += read;
            }

            var text = Encoding.UTF8.GetString(buffer, 0, length).Trim();
            return text.Length > 0 ? text : $"(no body; {response.ReasonPhrase})";
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException)
        {
            return $"(body unreadable: {ex.Message})";
        }
    }
}
