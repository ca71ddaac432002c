using Vigil.Protocol.Auth;
using Vigil.Protocol.Validation;
using Vigil.AspNetCore.Configuration;
using Vigil.Core.Capture;
using Vigil.Masking;

namespace Vigil.AspNetCore.Shipping;

/// <summary>
/// Makes a queued exchange ready for the wire, in an order that matters: decode bodies, mask, then trim to the
/// protocol limits. An event that cannot be masked is dropped: nothing leaves the process unmasked.
/// </summary>
internal sealed class EventPreparer(VigilRuntime runtime, VigilSettings settings, Masker? masker)
{
    private readonly LogRateLimiter _maskingLimiter = new(runtime.Clock, TimeSpan.FromMinutes(1));
    private readonly IngestBatchValidator _validator = new(runtime.Clock);

    /// <summary>The exchange to send, or null when it was dropped (and counted).</summary>
    public CapturedExchange? Prepare(QueuedExchange item)
    {
        var exchange = item.Exchange;
        try
        {
            // Made here, not on the request path: the random part costs ~0.5 µs. Stamped with the request's time,
            // so ids still sort in request order.
            exchange.Id ??= Guid.CreateVersion7(exchange.Timestamp);
            exchange.Server = new ServerInfo { Name = settings.ServiceName, Framework = runtime.Framework, Sdk = runtime.Sdk };
            if (item.RequestBody is { } requestBody)
            {
                exchange.Request.Body = BodyDecoder.Decode(requestBody, item.RequestContentType, exchange.Request.BodyTruncated);
            }

            if (item.ResponseBody is { } responseBody)
            {
                exchange.Response.Body = BodyDecoder.Decode(responseBody, item.ResponseContentType, exchange.Response.BodyTruncated);
            }
        }
        catch (Exception ex)
        {
            runtime.Metrics.OnDropped();
            runtime.ReportInternalError("decoding a captured body", ex);
            return null;
        }

        ExtractAuthFacts(exchange);
        if (!TryMask(exchange))
        {
            return null;
        }

        try
        {
            ProtocolClamp.Apply(exchange);
            // Last guard: an event the collector would refuse would take its whole batch down with it.
            if (_validator.ValidateEvent(exchange).Count > 0)
            {
                runtime.Metrics.OnDropped();
                return null;
            }

            return exchange;
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
