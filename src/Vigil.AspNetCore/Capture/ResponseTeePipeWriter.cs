using System.IO.Pipelines;

namespace Vigil.AspNetCore.Capture;

/// <summary>
/// The response body as a pipe: hands out the server's own buffers, and on <see cref="Advance"/> shows the
/// committed bytes to the capture. No extra buffering and no extra copy of what reaches the client, unlike
/// adapting a stream, so Kestrel's fast path (System.Text.Json writing to BodyWriter) stays fast.
/// </summary>
internal sealed class ResponseTeePipeWriter(ResponseBodyCapture capture, PipeWriter inner) : PipeWriter
{
    private Memory<byte> _lastBuffer;

    public override bool CanGetUnflushedBytes => inner.CanGetUnflushedBytes;

    public override long UnflushedBytes => inner.UnflushedBytes;

    public override Memory<byte> GetMemory(int sizeHint = 0) => _lastBuffer = inner.GetMemory(sizeHint);

    public override Span<byte> GetSpan(int sizeHint = 0) => (_lastBuffer = inner.GetMemory(sizeHint)).Span;

    public override void Advance(int bytes)
    {
        if ((uint)bytes <= (uint)_lastBuffer.Length)
        {
            capture.OnWriting(_lastBuffer.Span[..bytes]);
            _lastBuffer = _lastBuffer[bytes..];
        }

        inner.Advance(bytes);
    }

    public override ValueTask<FlushResult> WriteAsync(ReadOnlyMemory<byte> source, CancellationToken cancellationToken = default)
    {
        capture.OnWriting(source.Span);
        return inner.WriteAsync(source, cancellationToken);
    }

    public override ValueTask<FlushResult> FlushAsync(CancellationToken cancellationToken = default) => inner.FlushAsync(cancellationToken);

    public override void CancelPendingFlush() => inner.CancelPendingFlush();

    public override void Complete(Exception? exception = null) => inner.Complete(exception);

    public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);
}
