using System.Text;
using System.Text.Json;

namespace Vigil.Captures.Tests.Har;

public sealed class LargeHarTests
{
    [Fact]
    public async Task A_50_MB_har_is_read_with_memory_well_below_its_size()
    {
        var path = Path.Combine(Path.GetTempPath(), $"vigil-large-{Guid.NewGuid():N}.har");
        try
        {
            var entries = Generate(path, targetBytes: 50L * 1024 * 1024);
            var size = new FileInfo(path).Length;
            Assert.True(size >= 50L * 1024 * 1024);

            var reader = new CaptureFileReader(new FixedClock(Read.Now));
            var baseline = GC.GetTotalMemory(forceFullCollection: true);
            long peak = 0;
            var count = 0;
            await foreach (var entry in reader.ReadAsync(path))
            {
                if (++count % 2000 == 0)
                {
                    // Live memory only (after a collection): what the reader holds, not garbage awaiting the GC.
                    peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: true) - baseline);
                }
            }

            Assert.Empty(reader.Errors);
            Assert.Equal(entries, count);
            // What stays live is about the largest entry several times over (the read buffer, the parsed document, and the
            // pooled arrays ArrayPool keeps after they are returned), not the file: loose on purpose.
            Assert.True(peak < size / 2, $"live memory grew by {peak / 1024 / 1024} MB while reading a {size / 1024 / 1024} MB file");
        }
        finally
        {
            File.Delete(path);
        }
    }

    // Entries of ~2.5 KB plus, every 500th, a 2 MB base64 image as browsers inline them.
    private static int Generate(string path, long targetBytes)
    {
        using var file = File.Create(path);
        using var w = new Utf8JsonWriter(file);
        var body = Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"items\":[" + string.Join(',', Enumerable.Range(0, 60).Select(i => $"{{\"id\":{i},\"name\":\"item {i}\"}}")) + "]}"));
        var image = Convert.ToBase64String(new byte[2 * 1024 * 1024]);
        w.WriteStartObject();
        w.WriteStartObject("log");
        w.WriteString("version", "1.2");
        w.WriteStartArray("entries");
        var n = 0;
        while (w.BytesCommitted + w.BytesPending < targetBytes)
        {
            n++;
            w.WriteStartObject();
            w.WriteString("startedDateTime", "2026-01-31T12:00:00.000Z");
            w.WriteNumber("time", 12.5);
            w.WriteStartObject("request");
            w.WriteString("method", "GET");
            w.WriteString("url", $"https://api.example.com/items/{n}?page=2");
            w.WriteString("httpVersion", "http/2.0");
            w.WriteStartArray("headers");
            w.WriteStartObject();
            w.WriteString("name", "authorization");
            w.WriteString("value", "Bearer abc.def.ghi");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
            w.WriteStartObject("response");
            w.WriteNumber("status", 200);
            w.WriteStartArray("headers");
            w.WriteEndArray();
            w.WriteStartObject("content");
            var big = n % 500 == 0;
            w.WriteString("mimeType", big ? "image/png" : "application/json");
            w.WriteString("encoding", "base64");
            w.WriteString("text", big ? image : body);
            w.WriteEndObject();
            w.WriteEndObject();
            w.WriteEndObject();
            if (w.BytesPending > 1024 * 1024)
            {
                w.Flush();
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
        return n;
    }
}
