using System.Buffers;

namespace Vigil.Captures.JsonLines;

internal enum LineStatus
{
    Line,
    TooLong,
    End,
}

/// <summary>
/// Splits a stream into lines of bytes with a hard cap: a line longer than the cap is drained without being buffered,
/// so one 2 GB line costs a buffer of the cap, not 2 GB. Strips a UTF-8 BOM and the CR of CRLF.
/// </summary>
internal sealed class LineReader(Stream stream, int maxLineBytes) : IDisposable
{
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(Math.Min(64 * 1024, maxLineBytes + 1));
    private int _start;
    private int _end;
    private int _scanned;
    private bool _eof;
    private bool _started;

    /// <summary>1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>The line's bytes, valid until the next call.</summary>
    public async ValueTask<(LineStatus Status, ReadOnlyMemory<byte> Line)> NextAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var pending = _buffer.AsSpan(_start + _scanned, _end - _start - _scanned);
            var newline = pending.IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var length = _scanned + newline;
                var line = _buffer.AsMemory(_start, length);
                _start += length + 1;
                _scanned = 0;
                LineNumber++;
                return length > maxLineBytes ? (LineStatus.TooLong, default) : (LineStatus.Line, TrimCr(line));
            }

            _scanned = _end - _start;
            if (_scanned > maxLineBytes)
            {
                LineNumber++;
                await DrainLineAsync(cancellationToken).ConfigureAwait(false);
                return (LineStatus.TooLong, default);
            }

            if (_eof)
            {
                if (_end == _start)
                {
                    return (LineStatus.End, default);
                }

                var last = _buffer.AsMemory(_start, _end - _start);
                _start = _end;
                _scanned = 0;
                LineNumber++;
                return (LineStatus.Line, TrimCr(last));
            }

            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }

        if (_end == _buffer.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)_buffer.Length * 2, maxLineBytes + 1L + 4096));
            Buffer.BlockCopy(_buffer, 0, bigger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }

        var n = await stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        _end += n;
        _eof = n == 0;
        if (!_started && _end >= 3 && LineNumber == 0)
        {
            _started = true;
            if (_buffer is [0xEF, 0xBB, 0xBF, ..])
            {
                _start = 3;
            }
        }
        else if (_eof)
        {
            _started = true;
        }
    }

    // Throws away the rest of an overlong line, reading but never keeping it.
    private async ValueTask DrainLineAsync(CancellationToken cancellationToken)
    {
        _start = _end = _scanned = 0;
        while (!_eof)
        {
            var n = await stream.ReadAsync(_buffer, cancellationToken).ConfigureAwait(false);
            _eof = n == 0;
            var newline = _buffer.AsSpan(0, n).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                _start = newline + 1;
                _end = n;
                return;
            }
        }
    }

    private static ReadOnlyMemory<byte> TrimCr(ReadOnlyMemory<byte> line) =>
        line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
