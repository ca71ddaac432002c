using System.Runtime.CompilerServices;
using System.Text.Json;
using Vigil.Captures.Internal;
using Vigil.Protocol;

namespace Vigil.Captures.JsonLines;

/// <summary>
/// One protocol event per line (what <c>vigil serve</c> exports and the SDK's file sink writes). Blank lines are
/// skipped; a bad line is reported with its number and field and the next line is read.
/// </summary>
internal sealed class JsonLinesReader(EventValidator validator, CaptureReaderOptions options, CaptureSink sink)
{
    public async IAsyncEnumerable<CapturedEntry> ReadAsync(Stream stream, string fileName, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var lines = new LineReader(stream, options.MaxLineBytes);
        while (true)
        {
            var (status, line) = await lines.NextAsync(cancellationToken).ConfigureAwait(false);
            if (status == LineStatus.End)
            {
                yield break;
            }

            if (status == LineStatus.TooLong)
            {
                sink.Error(lines.LineNumber, null, $"is longer than {options.MaxLineBytes} bytes; skipped");
                continue;
            }

            if (Parse(line.Span, lines.LineNumber, fileName) is { } entry)
            {
                yield return entry;
            }
        }
    }

    private CapturedEntry? Parse(ReadOnlySpan<byte> line, int number, string fileName)
    {
        if (line.Trim(" \t"u8).IsEmpty)
        {
            return null;
        }

        Core.Capture.CapturedExchange? exchange;
        try
        {
            exchange = JsonSerializer.Deserialize(line, ProtocolJson.Exchange);
        }
        catch (JsonException ex)
        {
            sink.Error(number, ErrorText.FieldOf(ex), ErrorText.Describe(ex));
            return null;
        }

        if (exchange is null)
        {
            sink.Error(number, null, "is null; expected an event object");
            return null;
        }

        var valid = true;
        foreach (var error in validator.Validate(exchange))
        {
            sink.Error(number, error.Field, error.Message);
            valid = false;
        }

        if (!valid)
        {
            return null;
        }

        return new CapturedEntry(number, exchange);
    }
}
