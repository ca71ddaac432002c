namespace Vigil.AspNetCore.Capture;

/// <summary>
/// Stands in for the request body and copies what the application reads (up to the cap) on the way through.
/// It never reads ahead: a body the application does not read is not captured, and the application sees exactly
/// the bytes, timing and errors it would have seen without Vigil.
/// </summary>
internal sealed class RequestBodyTee(Stream inner, CappedBuffer? copy) : Stream
{
    // Bytes seen so far; with a seekable (buffered) body, re-reads after a rewind are not copied twice.
    private long _highWater;
    private bool _detached;

    public long BytesRead => _highWater;

    public override bool CanRead => inner.CanRead;

    public override bool CanSeek => inner.CanSeek;

    public override bool CanWrite => false;

    public override long Length => inner.Length;

    public override long Position
    {
        get => inner.Position;
        set => inner.Position = value;
    }

    public override int ReadTimeout
    {
        get => inner.ReadTimeout;
        set => inner.ReadTimeout = value;
    }

    public override bool CanTimeout => inner.CanTimeout;

    /// <summary>Stops copying; called when the request ends, before the buffer goes back to the pool.</summary>
    public void Detach() => _detached = true;

    public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

    public override int Read(Span<byte> buffer)
    {
        var start = StartPosition();
        var read = inner.Read(buffer);
        Observe(start, buffer[..read]);
        return read;
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        var start = StartPosition();
        var read = await inner.ReadAsync(buffer, cancellationToken).ConfigureAwait(false);
        Observe(start, buffer.Span[..read]);
        return read;
    }

    public override IAsyncResult BeginRead(byte[] buffer, int offset, int count, AsyncCallback? callback, object? state) =>
        TaskToAsyncResult.Begin(ReadAsync(buffer, offset, count), callback, state);

    public override int EndRead(IAsyncResult asyncResult) => TaskToAsyncResult.End<int>(asyncResult);

    public override long Seek(long offset, SeekOrigin origin) => inner.Seek(offset, origin);

    public override void Flush()
    {
    }

    public override Task FlushAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private long StartPosition()
    {
        if (!inner.CanSeek)
        {
            return _highWater;
        }

        try
        {
            return inner.Position;
        }
        catch (NotSupportedException)
        {
            return _highWater;
        }
    }

    private void Observe(long start, ReadOnlySpan<byte> data)
    {
        var end = start + data.Length;
        if (end <= _highWater)
        {
            return;
        }

        var fresh = data[(int)Math.Max(0, _highWater - start)..];
        _highWater = end;
        if (!_detached)
        {
            copy?.Append(fresh);
        }
    }
}
