using System.Buffers;

namespace Vigil.AspNetCore.Shipping;

/// <summary>
/// Lets <see cref="System.Text.Json.Utf8JsonWriter"/> write a batch straight into the gzip stream through one reused,
/// pooled buffer. Given a stream instead, the writer would hold the whole uncompressed batch (hundreds of KB) in a
/// fresh growing array per batch: large-object-heap allocations that showed up as gen-2 collections in the host.
/// </summary>
internal sealed class StreamBufferWriter : IBufferWriter<byte>, IDisposable
{
    private const int MinimumSize = 16 * 1024;

    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(MinimumSize);
    private Stream? _target;

    /// <summary>Bytes passed on since <see cref="Reset"/>.</summary>
    public long BytesWritten { get; private set; }

    public void Reset(Stream target)
    {
        _target = target;
        BytesWritten = 0;
    }

    public void Advance(int count)
    {
        _target!.Write(_buffer, 0, count);
        BytesWritten += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer;
    }

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Ensure(sizeHint);
        return _buffer;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }

    // The JSON writer commits (Advance) everything pending before it asks for memory again, so the buffer is free.
    private void Ensure(int sizeHint)
    {
        if (sizeHint > _buffer.Length)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = ArrayPool<byte>.Shared.Rent(sizeHint);
        }
    }
}
