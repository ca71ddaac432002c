using System.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Routing;
using Vigil.AspNetCore.Configuration;
using Vigil.AspNetCore.Shipping;
using Vigil.Core.Capture;

namespace Vigil.AspNetCore.Capture;

/// <summary>
/// One request's capture: installs the body taps before the pipeline runs, reads everything else after it,
/// and always puts the server's own body stream and feature back.
/// </summary>
internal sealed class ExchangeRecorder
{
    // Fixed cost of the exchange objects and their short strings, for the queue's memory budget.
    private const long BaseBytes = 1024;

    private readonly VigilSettings _settings;
    private readonly long _startTimestamp;
    private readonly DateTimeOffset _timestamp;
    private RequestBodyCapture? _requestCapture;
    private ResponseBodyCapture? _responseCapture;
    private UpgradeDetach? _upgrade;

    private ExchangeRecorder(VigilSettings settings, DateTimeOffset timestamp)
    {
        _settings = settings;
        _timestamp = timestamp;
        _startTimestamp = Stopwatch.GetTimestamp();
    }

    public static ExchangeRecorder Begin(HttpContext context, VigilSettings settings, TimeProvider clock)
    {
        var recorder = new ExchangeRecorder(settings, clock.GetUtcNow());
        if (HttpMethods.IsConnect(context.Request.Method))
        {
            // CONNECT (and HTTP/2 WebSockets, an extended CONNECT) carries a byte stream, not an HTTP body: never wrap it.
            return recorder;
        }

        try
        {
            recorder.TapRequestBody(context);
            recorder.TapResponseBody(context);
            recorder._upgrade = UpgradeDetach.Install(context, recorder);
            return recorder;
        }
        catch
        {
            // Half-installed taps must not outlive a failed start: the request then runs as if Vigil were absent.
            recorder.Restore(context);
            throw;
        }
    }

    public QueuedExchange Complete(HttpContext context, Exception? failure)
    {
        var duration = Stopwatch.GetElapsedTime(_startTimestamp).TotalMilliseconds;
        var request = context.Request;
        var response = context.Response;
        var bytes = BaseBytes;

        var requestHeaders = HeaderSnapshot.Take(request.Headers, ref bytes);
        var responseHeaders = HeaderSnapshot.Take(response.Headers, ref bytes);
        var requestBody = _requestCapture?.CopiedBytes();
        var responseBody = _responseCapture?.CopiedBytes();
        bytes += (requestBody?.Length ?? 0) + (responseBody?.Length ?? 0);

        var exchange = new CapturedExchange
        {
            Timestamp = _timestamp,
            DurationMs = duration,
            Request = new CapturedRequest
            {
                Method = request.Method,
                Scheme = request.Scheme,
                Host = request.Host.HasValue ? request.Host.Value! : LocalHost(context),
                Path = PathOf(request),
                Query = request.QueryString.HasValue ? request.QueryString.Value![1..] : "",
                Route = RouteOf(context),
                Protocol = request.Protocol,
                ClientIp = ClientAddressResolver.Resolve(context, _settings.TrustedProxies),
                BodyTruncated = _requestCapture?.Truncated ?? false,
                Size = request.ContentLength ?? (_requestCapture is { BytesRead: > 0 } tap ? tap.BytesRead : null),
                User = UserReader.Read(context.User),
            },
            Response = new CapturedResponse
            {
                // The server turns an unhandled exception into a 500 only if nothing was sent yet.
                Status = failure is not null && !response.HasStarted ? StatusCodes.Status500InternalServerError : response.StatusCode,
                BodyTruncated = _responseCapture?.Truncated ?? false,
                Size = _responseCapture?.BytesWritten ?? response.ContentLength,
            },
            Error = failure is null ? null : new CapturedError { Type = failure.GetType().FullName ?? failure.GetType().Name, Message = failure.Message },
        };

        return new QueuedExchange
        {
            Exchange = exchange,
            RequestHeaders = requestHeaders,
            ResponseHeaders = responseHeaders,
            RequestBody = requestBody,
            RequestContentType = request.ContentType,
            ResponseBody = responseBody,
            ResponseContentType = response.ContentType,
            ApproximateBytes = bytes,
        };
    }

    /// <summary>Puts the server's body stream and feature back and returns pooled buffers. Safe to call once, always.</summary>
    public void Restore(HttpContext context)
    {
        _upgrade?.Remove(context.Features);
        _requestCapture?.Restore();

        if (_responseCapture is not null)
        {
            if (ReferenceEquals(context.Features.Get<IHttpResponseBodyFeature>(), _responseCapture))
            {
                context.Features.Set(_responseCapture.Inner);
            }

            _responseCapture.Dispose();
        }
    }

    // The application accepted an upgrade: what follows is a WebSocket's byte stream, not a body to capture.
    internal void Detach(HttpContext context)
    {
        Restore(context);
        _requestCapture = null;
        _responseCapture = null;
    }

    private void TapRequestBody(HttpContext context)
    {
        var request = context.Request;
        if (context.Features.Get<IHttpRequestBodyDetectionFeature>()?.CanHaveBody == false)
        {
            return;
        }

        var text = ContentTypes.IsTextLike(request.ContentType);
        // A binary body with a Content-Length needs nothing from us: its size is known without watching it.
        if (!text && request.ContentLength is not null)
        {
            return;
        }

        _requestCapture = RequestBodyCapture.Install(context, text ? new CappedBuffer(_settings.MaxBodyBytes) : null);
    }

    private void TapResponseBody(HttpContext context)
    {
        var inner = context.Features.Get<IHttpResponseBodyFeature>();
        if (inner is null)
        {
            return;
        }

        _responseCapture = new ResponseBodyCapture(inner, context.Response, _settings.MaxBodyBytes);
        context.Features.Set<IHttpResponseBodyFeature>(_responseCapture);
    }

    private static string PathOf(HttpRequest request)
    {
        var path = (request.PathBase + request.Path).ToUriComponent();
        return path.Length > 0 && path[0] == '/' ? path : "/" + path;
    }

    // HTTP/1.0 allows requests without Host; the protocol requires one, so name the address that answered.
    private static string LocalHost(HttpContext context) =>
        context.Connection.LocalIpAddress is { } local ? new HostString(local.ToString(), context.Connection.LocalPort).Value! : "unknown";

    private static string? RouteOf(HttpContext context)
    {
        var template = (context.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText;
        if (template is null)
        {
            return null;
        }

        return template.StartsWith('/') ? template : "/" + template;
    }
}
