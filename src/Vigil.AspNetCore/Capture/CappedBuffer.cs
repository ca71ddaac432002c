using System.Buffers;

namespace Vigil.AspNetCore.Capture;

/// <summary>
/// Keeps the first <c>limit</c> bytes of a body in a pooled array that grows on demand, so a small body costs
/// a small rental and a body of any size costs at most <c>limit</c>. Not thread-safe: one request, one writer.
/// </summary>
internal sealed class CappedBuffer(int limit) : IDisposable
{
    private const int InitialSize = 4096;

    private byte[]? _buffer;
    private int _length;

    /// <summary>True once more bytes were offered than the limit allowed.</summary>
    public bool Truncated { get; private set; }

    public int Length => _length;

    public void Append(ReadOnlySpan<byte> data)
    {
        if (data.IsEmpty)
        {
            return;
        }

        var room = limit - _length;
        if (data.Length > room)
        {
            Truncated = true;
            data = data[..room];
            if (data.IsEmpty)
            {
                return;
            }
        }

        EnsureCapacity(_length + data.Length);
        data.CopyTo(_buffer.AsSpan(_length));
        _length += data.Length;
    }

    /// <summary>A right-sized copy that outlives the request; null when nothing was kept.</summary>
    public byte[]? ToArray() => _length == 0 ? null : _buffer.AsSpan(0, _length).ToArray();

    public void Dispose()
    {
        var buffer = _buffer;
        _buffer = null;
        _length = 0;
        if (buffer is not null)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void EnsureCapacity(int needed)
    {
        if (_buffer is not null && _buffer.Length >= needed)
        {
            return;
        }

        var size = Math.Min(limit, Math.Max(needed, _buffer is null ? InitialSize : _buffer.Length * 2));
        var bigger = ArrayPool<byte>.Shared.Rent(size);
        if (_buffer is not null)
        {
            _buffer.AsSpan(0, _length).CopyTo(bigger);
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = bigger;
    }
}
