namespace Vigil.AspNetCore.Capture;

/// <summary>
/// The request body as a stream: shows the capture what the application reads, on the way through. It never
/// reads ahead, so the application sees exactly the bytes, timing and errors it would have seen without Vigil.
/// </summary>
internal sealed class RequestTeeStream(RequestBodyCapture capture, Stream inner) : Stream
{
    // Bytes seen so far; with a seekable (buffered) body, re-reads after a rewind are not shown twice.
    private long _highWater;

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
        capture.OnRead(fresh);
    }
}
