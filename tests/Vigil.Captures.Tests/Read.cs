using System.Text;

namespace Vigil.Captures.Tests;

/// <summary>Reads a capture to the end and keeps everything the reader reported, for assertions.</summary>
internal sealed record Read(CaptureFormat Format, List<CapturedEntry> Entries, IReadOnlyList<CaptureError> Errors, IReadOnlyList<CaptureNote> Notes)
{
    public static readonly DateTimeOffset Now = new(2026, 2, 1, 0, 0, 0, TimeSpan.Zero);

    public static Task<Read> FileAsync(string name, CaptureReaderOptions? options = null) =>
        PathAsync(System.IO.Path.Combine(AppContext.BaseDirectory, "Files", name), options);

    public static async Task<Read> PathAsync(string path, CaptureReaderOptions? options = null)
    {
        var reader = new CaptureFileReader(new FixedClock(Now), options);
        var entries = new List<CapturedEntry>();
        await foreach (var entry in reader.ReadAsync(path))
        {
            entries.Add(entry);
        }

        return new(reader.Format, entries, reader.Errors, reader.Notes);
    }

    public static Task<Read> TextAsync(string text, string name = "inline.jsonl", CaptureReaderOptions? options = null) =>
        BytesAsync(Encoding.UTF8.GetBytes(text), name, options);

    public static async Task<Read> BytesAsync(byte[] bytes, string name = "inline", CaptureReaderOptions? options = null)
    {
        var reader = new CaptureFileReader(new FixedClock(Now), options);
        var entries = new List<CapturedEntry>();
        // A stream that hands out a few bytes at a time, so every buffer boundary gets crossed.
        await using var stream = new TrickleStream(bytes, 7);
        await foreach (var entry in reader.ReadAsync(stream, name))
        {
            entries.Add(entry);
        }

        return new(reader.Format, entries, reader.Errors, reader.Notes);
    }

    public static string FileText(string name) => File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Files", name));
}

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}

internal sealed class TrickleStream(byte[] data, int chunk) : MemoryStream(data)
{
    public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, chunk));

    public override int Read(Span<byte> buffer) => base.Read(buffer[..Math.Min(buffer.Length, chunk)]);

    public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        base.ReadAsync(buffer[..Math.Min(buffer.Length, chunk)], cancellationToken);
}
