using System.Text.Json;

namespace Vigil.Captures.Internal;

/// <summary>
/// Tells HAR from JSON lines by the first property of the first object: a HAR's root has only <c>log</c>, and no
/// protocol event has a <c>log</c> field. Reads at most <see cref="MaxPeekBytes"/>.
/// </summary>
internal static class FormatSniffer
{
    public const int MaxPeekBytes = 64 * 1024;

    public const string Expected =
        "expected a HAR file (as exported by a browser's developer tools) or JSON lines of Vigil events (one JSON object per line)";

    public const string NotACapture = "is not a capture file: " + Expected;

    public sealed record Result(CaptureFormat Format, byte[] Prefix, int Length, string? Error);

    public static async Task<Result> SniffAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxPeekBytes];
        var length = 0;
        while (true)
        {
            var n = length < buffer.Length ? await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false) : 0;
            length += n;
            var eof = n == 0;
            var (format, error, decided) = Decide(buffer.AsSpan(0, length), eof);
            if (decided || eof)
            {
                return new(format, buffer, length, error);
            }
        }
    }

    private static (CaptureFormat Format, string? Error, bool Decided) Decide(ReadOnlySpan<byte> data, bool final)
    {
        if (data.Length >= 2 && ((data[0] == 0xFF && data[1] == 0xFE) || (data[0] == 0xFE && data[1] == 0xFF)))
        {
            return (CaptureFormat.Unknown, "is UTF-16 text; save it as UTF-8 and try again", true);
        }

        if (data is [0xEF, 0xBB, 0xBF, ..])
        {
            data = data[3..];
        }

        var start = 0;
        while (start < data.Length && data[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        if (start == data.Length)
        {
            return final ? (CaptureFormat.Unknown, "is empty: there are no requests to read", true) : default;
        }

        if (data[start] != (byte)'{')
        {
            return (CaptureFormat.Unknown, NotACapture, true);
        }

        try
        {
            var reader = new Utf8JsonReader(data[start..], isFinalBlock: final, default);
            if (reader.Read() && reader.Read())
            {
                var har = reader.TokenType == JsonTokenType.PropertyName && reader.ValueTextEquals("log"u8);
                return (har ? CaptureFormat.Har : CaptureFormat.JsonLines, null, true);
            }
        }
        catch (JsonException)
        {
            // Malformed from the first object on: let the line reader say which line and why.
            return (CaptureFormat.JsonLines, null, true);
        }

        // Not enough bytes to see the first property; a peek's worth of whitespace means it is not a HAR.
        return final || data.Length >= MaxPeekBytes - 3 ? (CaptureFormat.JsonLines, null, true) : default;
    }
}
