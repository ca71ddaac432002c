using System.Buffers;

namespace Vigil.Protocol.Validation;

/// <summary>
/// A request body read whole into a pooled buffer (a batch is ~100 KB: a fresh array each time would land on the
/// large object heap). The source stream enforces the size limits; this only grows by doubling.
/// </summary>
internal sealed class PooledBody : IDisposable
{
    private static readonly byte[] Bom = [0xEF, 0xBB, 0xBF];
    private byte[] _buffer;
    private int _length;

    private PooledBody(byte[] buffer) => _buffer = buffer;

    /// <summary>The bytes read, without a UTF-8 byte order mark (the streaming reader skipped one too).</summary>
    public ReadOnlySpan<byte> Json => _buffer.AsSpan(0, _length) is var all && all.StartsWith(Bom) ? all[Bom.Length..] : all;

    public static async Task<PooledBody> ReadAsync(Stream source, CancellationToken cancellationToken)
    {
        var body = new PooledBody(ArrayPool<byte>.Shared.Rent(64 * 1024));
        try
        {
            int read;
            while ((read = await source.ReadAsync(body._buffer.AsMemory(body._length), cancellationToken).ConfigureAwait(false)) > 0)
            {
                body._length += read;
                if (body._length == body._buffer.Length)
                {
                    var larger = ArrayPool<byte>.Shared.Rent(body._buffer.Length * 2);
                    body._buffer.AsSpan(0, body._length).CopyTo(larger);
                    ArrayPool<byte>.Shared.Return(body._buffer);
                    body._buffer = larger;
                }
            }

            return body;
        }
        catch
        {
            body.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        var buffer = Interlocked.Exchange(ref _buffer, []);
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
