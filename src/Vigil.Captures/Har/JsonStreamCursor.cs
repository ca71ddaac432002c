using System.Buffers;
using System.Text.Json;

namespace Vigil.Captures.Har;

/// <summary>
/// Walks a large JSON document token by token from a stream, and parses chosen values (HAR entries) whole into a
/// <see cref="JsonDocument"/>. Only the bytes of the current token or value are buffered, so a 100 MB HAR is read
/// with a buffer the size of its largest entry. Failures are reported through <see cref="Failure"/>, not thrown,
/// so the async iterator that drives it can yield between calls.
/// </summary>
internal sealed class JsonStreamCursor(Stream stream, int maxValueBytes) : IDisposable
{
    private const int InitialBuffer = 64 * 1024;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(InitialBuffer);
    private int _start;
    private int _end;
    private bool _eof;
    private bool _bomChecked;
    private JsonReaderState _state;

    public JsonTokenType TokenType { get; private set; }

    public int Depth { get; private set; }

    /// <summary>Set when the JSON is malformed or ends early; reading cannot go on after it.</summary>
    public string? Failure { get; private set; }

    /// <summary>Set when the last <see cref="ReadValueAsync"/> found a value above the limit; skip it with <see cref="SkipValueAsync"/>.</summary>
    public bool ValueTooLarge { get; private set; }

    public bool IsProperty(ReadOnlySpan<byte> name) => TokenType == JsonTokenType.PropertyName && _propertyName.AsSpan().SequenceEqual(name);

    private byte[]? _propertyName;

    /// <summary>Reads one token. False at the end of the data or on failure.</summary>
    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        while (Failure is null)
        {
            if (Attempt(value: false, out _))
            {
                return true;
            }

            if (_eof || !await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>
    /// Parses the next value whole. Null when the enclosing array ends (<see cref="TokenType"/> is then
    /// <see cref="JsonTokenType.EndArray"/>), when the value is too large, or on failure.
    /// </summary>
    public async ValueTask<JsonDocument?> ReadValueAsync(CancellationToken cancellationToken)
    {
        ValueTooLarge = false;
        TokenType = JsonTokenType.None;
        while (Failure is null)
        {
            if (Attempt(value: true, out var document))
            {
                return document;
            }

            if (_eof)
            {
                return null;
            }

            if (_end - _start >= maxValueBytes)
            {
                ValueTooLarge = true;
                return null;
            }

            if (!await FillAsync(cancellationToken).ConfigureAwait(false))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Steps over the next value token by token, never holding more than one token.</summary>
    public async ValueTask<bool> SkipValueAsync(CancellationToken cancellationToken)
    {
        if (!await ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return false;
        }

        if (TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return true;
        }

        var depth = Depth;
        while (await ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (TokenType is JsonTokenType.EndObject or JsonTokenType.EndArray && Depth == depth)
            {
                return true;
            }
        }

        return false;
    }

    // One token or one whole value from the buffer; false when more bytes are needed.
    private bool Attempt(bool value, out JsonDocument? document)
    {
        document = null;
        var data = _buffer.AsSpan(_start, _end - _start);
        var reader = new Utf8JsonReader(data, _eof, _state);
        try
        {
            if (!reader.Read())
            {
                return false;
            }

            TokenType = reader.TokenType;
            Depth = reader.CurrentDepth;
            _propertyName = TokenType == JsonTokenType.PropertyName ? reader.ValueSpan.ToArray() : null;
            if (value && TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                var probe = reader;
                if (!probe.TrySkip())
                {
                    return false;
                }

                document = JsonDocument.ParseValue(ref reader);
            }
            else if (value && TokenType != JsonTokenType.EndArray)
            {
                document = JsonDocument.ParseValue(ref reader);
            }
        }
        catch (JsonException ex)
        {
            Failure = EndsEarly(data) ? "the file ends in the middle of the JSON: it was cut short (an interrupted export or download?)"
                : $"the file is not valid JSON at line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1}";
            return false;
        }

        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
        return true;
    }

    // Malformed and truncated look alike on the final block; read again as if more could follow to tell them apart.
    private bool EndsEarly(ReadOnlySpan<byte> data)
    {
        if (!_eof)
        {
            return false;
        }

        var reader = new Utf8JsonReader(data, isFinalBlock: false, _state);
        try
        {
            while (reader.Read())
            {
            }

            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            if (_buffer.Length >= maxValueBytes)
            {
                Failure = $"a single JSON value is larger than {maxValueBytes} bytes; the file cannot be read";
                return false;
            }

            var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)_buffer.Length * 2, maxValueBytes));
            Buffer.BlockCopy(_buffer, 0, bigger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }

        var n = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        _end += n;
        _eof = n == 0;
        if (!_bomChecked && (_end >= 3 || _eof))
        {
            _bomChecked = true;
            if (_buffer.AsSpan(0, _end) is [0xEF, 0xBB, 0xBF, ..])
            {
                _start = 3;
            }
        }

        return true;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
