using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Vigil.AspNetCore.Capture;

/// <summary>
/// Replaces the response body feature for one request. Every write goes straight to the server's own stream or
/// pipe (nothing is held back, so streaming and flushing behave as without Vigil); on the way, the first
/// <c>limit</c> bytes of a text-like body are copied. Whether to copy is decided at the first write, when the
/// application has set Content-Type.
/// </summary>
internal sealed class ResponseBodyCapture(IHttpResponseBodyFeature inner, HttpResponse response, int limit)
    : IHttpResponseBodyFeature, IDisposable
{
    private enum Mode
    {
        Undecided,
        Copy,
        CountOnly,
    }

    private ResponseTeeStream? _stream;
    private ResponseTeePipeWriter? _writer;
    private CappedBuffer? _copy;
    private Mode _mode;
    private bool _detached;

    public IHttpResponseBodyFeature Inner => inner;

    /// <summary>Bytes the application wrote, including files sent with SendFileAsync.</summary>
    public long BytesWritten { get; private set; }

    public bool Truncated => _copy?.Truncated ?? false;

    public Stream Stream => _stream ??= new ResponseTeeStream(this, inner.Stream);

    public PipeWriter Writer => _writer ??= new ResponseTeePipeWriter(this, inner.Writer);

    public void DisableBuffering() => inner.DisableBuffering();

    public Task StartAsync(CancellationToken cancellationToken = default) => inner.StartAsync(cancellationToken);

    public Task CompleteAsync() => inner.CompleteAsync();

    public Task SendFileAsync(string path, long offset, long? count, CancellationToken cancellationToken = default)
    {
        // Files go through untouched and uncopied (the server may use sendfile); only their size is recorded.
        if (!_detached)
        {
            _mode = Mode.CountOnly;
            BytesWritten += count ?? FileLength(path, offset);
        }

        return inner.SendFileAsync(path, offset, count, cancellationToken);
    }

    /// <summary>Called by the stream and the pipe writer with the bytes about to be passed on.</summary>
    public void OnWriting(ReadOnlySpan<byte> data)
    {
        if (_detached)
        {
            return;
        }

        BytesWritten += data.Length;
        if (_mode == Mode.Undecided)
        {
            _mode = ShouldCopy() ? Mode.Copy : Mode.CountOnly;
        }

        if (_mode == Mode.Copy)
        {
            (_copy ??= new CappedBuffer(limit)).Append(data);
        }
    }

    /// <summary>The captured bytes, right-sized; null when the body was not text-like or empty.</summary>
    public byte[]? CopiedBytes() => _copy?.ToArray();

    /// <summary>Stops observing writes; later writes (a misbehaving app) still pass through.</summary>
    public void Dispose()
    {
        _detached = true;
        _copy?.Dispose();
        _copy = null;
    }

    private bool ShouldCopy()
    {
        if (!ContentTypes.IsTextLike(response.ContentType))
        {
            return false;
        }

        // A compressor between Vigil and the app would hand us gzip bytes under a JSON content type.
        var encoding = response.Headers.ContentEncoding;
        return encoding.Count == 0 || (encoding.Count == 1 && string.Equals(encoding[0], "identity", StringComparison.OrdinalIgnoreCase));
    }

    private static long FileLength(string path, long offset)
    {
        try
        {
            return Math.Max(0, new FileInfo(path).Length - offset);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return 0;
        }
    }
}
