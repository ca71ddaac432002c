using Vigil.Protocol.Auth;
using Vigil.Protocol.Validation;
using Vigil.AspNetCore.Configuration;
using Vigil.Core.Capture;
using Vigil.Masking;

namespace Vigil.AspNetCore.Shipping;

/// <summary>
/// Makes a queued exchange ready for the wire, in an order that matters: read auth facts, mask, then trim to the
/// protocol limits. An event that cannot be masked is dropped: nothing leaves the process unmasked.
/// </summary>
internal sealed class EventPreparer(VigilRuntime runtime, VigilSettings settings, Masker? masker)
{
    private readonly LogRateLimiter _maskingLimiter = new(runtime.Clock, TimeSpan.FromMinutes(1));
    private readonly IngestBatchValidator _validator = new(runtime.Clock);
    private readonly EventIds _ids = new();

    /// <summary>The event to send, or null when it was dropped (and counted).</summary>
    public PreparedEvent? Prepare(QueuedExchange item)
    {
        var exchange = item.Exchange;
        // The header maps are built here, off the request path (HeaderSnapshot).
        item.RequestHeaders.CopyTo(exchange.Request.Headers);
        item.ResponseHeaders.CopyTo(exchange.Response.Headers);
        // Made here, not on the request path. Stamped with the request's time, so ids still sort in request order.
        exchange.Id ??= _ids.Next(exchange.Timestamp);
        exchange.Server = new ServerInfo { Name = settings.ServiceName, Framework = runtime.Framework, Sdk = runtime.Sdk };

        ExtractAuthFacts(exchange);
        // Bodies are still raw bytes here, so this masks everything else; they are masked as they are prepared.
        if (!TryMask(exchange))
        {
            return null;
        }

        ReadOnlyMemory<byte>? requestBody = null;
        ReadOnlyMemory<byte>? responseBody = null;
        try
        {
            if (item.RequestBody is { } requestBytes)
            {
                (requestBody, exchange.Request.Body) = BodyPreparer.Prepare(masker!, requestBytes, item.RequestContentType, exchange.Request.BodyTruncated);
            }

            if (item.ResponseBody is { } responseBytes)
            {
                (responseBody, exchange.Response.Body) = BodyPreparer.Prepare(masker!, responseBytes, item.ResponseContentType, exchange.Response.BodyTruncated);
            }
        }
        catch (Exception ex)
        {
            runtime.Metrics.OnDropped();
            runtime.ReportInternalError("decoding a captured body", ex);
            return null;
        }

        try
        {
            ProtocolClamp.Apply(exchange);
            // Last guard: an event the collector would refuse would take its whole batch down with it. A body kept as
            // bytes is within the protocol's limit by construction (BodyPreparer).
            if (_validator.ValidateEvent(exchange).Count > 0)
            {
                runtime.Metrics.OnDropped();
                return null;
            }

            return new PreparedEvent { Exchange = exchange, RequestBody = requestBody, ResponseBody = responseBody };
        }
        catch (Exception ex)
        {
            runtime.Metrics.OnDropped();
            runtime.ReportInternalError("trimming an event to the protocol limits", ex);
            return null;
        }
    }

    /// <summary>
    /// Reads the raw <c>Authorization</c> header, which masking is about to replace, into facts the collector's JWT
    /// rules need (scheme, alg, times, weak-secret verdict). Never the token itself. Fails open: on any error the
    /// event ships without auth facts.
    /// </summary>
    private void ExtractAuthFacts(CapturedExchange exchange)
    {
        try
        {
            if (exchange.Request.Auth is null && exchange.Request.Headers.First("Authorization") is { } authorization)
            {
                exchange.Request.Auth = JwtFacts.From(authorization);
            }
        }
        catch (Exception ex)
        {
            exchange.Request.Auth = null;
            runtime.ReportInternalError("extracting Authorization facts", ex);
        }
    }

    private bool TryMask(CapturedExchange exchange)
    {
        try
        {
            if (masker is null)
            {
                throw new InvalidOperationException("the masker could not be created from Vigil:Masking");
            }

            masker.MaskExchange(exchange);
            return true;
        }
        catch (Exception ex)
        {
            runtime.Metrics.OnDropped();
            try
            {
                if (_maskingLimiter.TryEnter(out var suppressed))
                {
                    Log.MaskingFailed(runtime.Logger, suppressed, ex);
                }
            }
            catch
            {
                // Logging must not take the shipper down.
            }

            return false;
        }
    }
}
