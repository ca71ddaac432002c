using System.IO.Pipelines;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Vigil.AspNetCore.Capture;

/// <summary>
/// Taps the request body for one request, both ways the application can read it (<c>Request.Body</c> and
/// <c>Request.BodyReader</c>), counting what it reads and copying the first <c>limit</c> bytes of a text body.
/// A body the application never reads is not captured: Vigil does not read ahead or buffer.
/// </summary>
internal sealed class RequestBodyCapture : IRequestBodyPipeFeature, IDisposable
{
    private readonly HttpContext _context;
    private readonly Stream _originalBody;
    private readonly IRequestBodyPipeFeature? _originalPipe;
    private readonly RequestTeeStream _stream;
    private readonly RequestTeePipeReader? _reader;
    private CappedBuffer? _copy;
    private Stream? _adaptedBody;
    private PipeReader? _adaptedReader;
    private bool _detached;

    private RequestBodyCapture(HttpContext context, CappedBuffer? copy)
    {
        _context = context;
        _copy = copy;
        _originalBody = context.Request.Body;
        _originalPipe = context.Features.Get<IRequestBodyPipeFeature>();
        // Taken before the body stream is swapped, so the server hands out its own pipe, not an adapter over ours.
        var innerReader = _originalPipe?.Reader;
        _stream = new RequestTeeStream(this, _originalBody);
        _reader = innerReader is null ? null : new RequestTeePipeReader(this, innerReader);
    }

    /// <summary>Bytes the application read, through either path.</summary>
    public long BytesRead { get; private set; }

    public bool Truncated => _copy?.Truncated ?? false;

    public PipeReader Reader
    {
        get
        {
            var body = _context.Request.Body;
            if (ReferenceEquals(body, _stream) && _reader is not null)
            {
                return _reader;
            }

            // Someone downstream replaced the body (EnableBuffering, decompression): read through their stream,
            // as ASP.NET Core's own feature does; it wraps ours, so the bytes are still seen.
            if (!ReferenceEquals(body, _adaptedBody))
            {
                _adaptedBody = body;
                _adaptedReader = PipeReader.Create(body, new StreamPipeReaderOptions(leaveOpen: true));
                _context.Response.OnCompleted(static state => ((PipeReader)state).CompleteAsync().AsTask(), _adaptedReader);
            }

            return _adaptedReader!;
        }
    }

    public static RequestBodyCapture Install(HttpContext context, CappedBuffer? copy)
    {
        var capture = new RequestBodyCapture(context, copy);
        context.Request.Body = capture._stream;
        context.Features.Set<IRequestBodyPipeFeature>(capture);
        return capture;
    }

    public void OnRead(ReadOnlySpan<byte> data)
    {
        if (_detached)
        {
            return;
        }

        BytesRead += data.Length;
        _copy?.Append(data);
    }

    /// <summary>The captured bytes, right-sized; null when nothing was copied.</summary>
    public byte[]? CopiedBytes() => _copy?.ToArray();

    /// <summary>Puts the server's stream and pipe back (unless someone else replaced them since) and returns the buffer.</summary>
    public void Restore()
    {
        _detached = true;
        if (ReferenceEquals(_context.Request.Body, _stream))
        {
            _context.Request.Body = _originalBody;
        }

        if (ReferenceEquals(_context.Features.Get<IRequestBodyPipeFeature>(), this))
        {
            _context.Features.Set(_originalPipe);
        }

        Dispose();
    }

    public void Dispose()
    {
        _detached = true;
        _copy?.Dispose();
        _copy = null;
    }
}
