using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Vigil.AspNetCore.Capture;

/// <summary>
/// Stands in for the server's upgrade feature on requests that only <em>ask</em> to upgrade. Asking is two headers
/// any client can add to a plain GET, so the body taps stay installed; they come off the moment the application
/// really accepts the upgrade (a WebSocket), before the first byte of the tunnel.
/// </summary>
internal sealed class UpgradeDetach : IHttpUpgradeFeature
{
    private readonly IHttpUpgradeFeature _inner;
    // The recorder and context, not a closure over them: a closure was allocated for every captured request.
    private readonly ExchangeRecorder _recorder;
    private readonly HttpContext _context;

    private UpgradeDetach(IHttpUpgradeFeature inner, ExchangeRecorder recorder, HttpContext context)
    {
        _inner = inner;
        _recorder = recorder;
        _context = context;
    }

    public bool IsUpgradableRequest => _inner.IsUpgradableRequest;

    /// <summary>Installs the stand-in when the request asks to upgrade; returns null when it does not.</summary>
    public static UpgradeDetach? Install(HttpContext context, ExchangeRecorder recorder)
    {
        var features = context.Features;
        if (features.Get<IHttpUpgradeFeature>() is not { IsUpgradableRequest: true } inner)
        {
            return null;
        }

        var stand = new UpgradeDetach(inner, recorder, context);
        features.Set<IHttpUpgradeFeature>(stand);
        return stand;
    }

    public Task<Stream> UpgradeAsync()
    {
        _recorder.Detach(_context);
        return _inner.UpgradeAsync();
    }

    /// <summary>Puts the server's own feature back if this one still stands.</summary>
    public void Remove(IFeatureCollection features)
    {
        if (ReferenceEquals(features.Get<IHttpUpgradeFeature>(), this))
        {
            features.Set(_inner);
        }
    }
}
