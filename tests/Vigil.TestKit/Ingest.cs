using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Vigil.Core.Capture;
using Vigil.Protocol;

namespace Vigil.TestKit;

/// <summary>Builds ingest requests the way a sender would: JSON, optionally gzip.</summary>
public static class Ingest
{
    public static HttpContent Json(IEnumerable<CapturedExchange> events) =>
        Raw(JsonSerializer.Serialize(new IngestBatch { Events = [.. events] }, ProtocolJson.Batch));

    public static HttpContent Raw(string json) => new StringContent(json, Encoding.UTF8, "application/json");

    public static HttpContent Gzip(byte[] payload)
    {
        using var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(payload);
        }

        var content = new ByteArrayContent(buffer.ToArray());
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        content.Headers.ContentEncoding.Add("gzip");
        return content;
    }

    public static HttpContent GzipJson(IEnumerable<CapturedExchange> events) =>
        Gzip(JsonSerializer.SerializeToUtf8Bytes(new IngestBatch { Events = [.. events] }, ProtocolJson.Batch));

    public static Task<HttpResponseMessage> PostAsync(HttpClient client, HttpContent content) =>
        client.PostAsync(ProtocolConstants.IngestPath.TrimStart('/'), content);
}
