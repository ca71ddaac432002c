using System.Buffers;
using System.IO.Pipelines;

namespace Vigil.AspNetCore.Capture;

/// <summary>
/// The request body as a pipe (what ASP.NET Core 10 reads JSON from): hands out the server's own buffers and shows
/// the capture each byte once, when the application consumes it. Without this, replacing the body stream would make
/// the server wrap it in a stream-to-pipe adapter on every request, an extra allocation and copy.
/// </summary>
internal sealed class RequestTeePipeReader(RequestBodyCapture capture, PipeReader inner) : PipeReader
{
    private ReadOnlySequence<byte> _lastBuffer;

    public override ValueTask<ReadResult> ReadAsync(CancellationToken cancellationToken = default)
    {
        var pending = inner.ReadAsync(cancellationToken);
        if (pending.IsCompletedSuccessfully)
        {
            var result = pending.Result;
            _lastBuffer = result.Buffer;
            return new ValueTask<ReadResult>(result);
        }

        return Remember(pending);
    }

    public override bool TryRead(out ReadResult result)
    {
        if (!inner.TryRead(out result))
        {
            return false;
        }

        _lastBuffer = result.Buffer;
        return true;
    }

    public override void AdvanceTo(SequencePosition consumed)
    {
        Observe(consumed);
        inner.AdvanceTo(consumed);
    }

    public override void AdvanceTo(SequencePosition consumed, SequencePosition examined)
    {
        Observe(consumed);
        inner.AdvanceTo(consumed, examined);
    }

    public override void CancelPendingRead() => inner.CancelPendingRead();

    public override void Complete(Exception? exception = null) => inner.Complete(exception);

    public override ValueTask CompleteAsync(Exception? exception = null) => inner.CompleteAsync(exception);

    private async ValueTask<ReadResult> Remember(ValueTask<ReadResult> pending)
    {
        var result = await pending.ConfigureAwait(false);
        _lastBuffer = result.Buffer;
        return result;
    }

    // Consumed bytes are never handed out again; examined-only bytes come back on the next read and are seen then.
    private void Observe(SequencePosition consumed)
    {
        if (_lastBuffer.IsEmpty)
        {
            return;
        }

        var taken = _lastBuffer.Slice(_lastBuffer.Start, consumed);
        _lastBuffer = default;
        foreach (var segment in taken)
        {
            capture.OnRead(segment.Span);
        }
    }
}
