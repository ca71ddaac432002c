using Vigil.Core.Capture;

namespace Vigil.Masking;

/// <summary>Which parts of a captured exchange get which masking, in one place.</summary>
internal static class ExchangeMasking
{
    public static void Mask(Masker masker, CapturedExchange exchange)
    {
        if (exchange.Request is { } request)
        {
            // Read before masking the headers, though masking never touches a Content-Type.
            var contentType = request.Headers?.First("Content-Type");
            MaskHeaders(masker, request.Headers);
            request.Query = masker.MaskQuery(request.Query);
            request.Path = masker.MaskPath(request.Path, request.Route);
            request.Body = request.Body is null ? null : masker.MaskBody(request.Body, contentType);
        }

        if (exchange.Response is { } response)
        {
            var contentType = response.Headers?.First("Content-Type");
            MaskHeaders(masker, response.Headers);
            response.Body = response.Body is null ? null : masker.MaskBody(response.Body, contentType);
        }

        if (exchange.Error is { } error)
        {
            error.Message = masker.MaskText(error.Message);
        }
    }

    /// <summary>The last resort when masking itself failed: nothing that could hold a secret is kept.</summary>
    public static void RedactAll(CapturedExchange exchange)
    {
        if (exchange.Request is { } request)
        {
            RedactHeaders(request.Headers);
            request.Query = string.IsNullOrEmpty(request.Query) ? request.Query : Masker.Redacted;
            request.Path = "/" + Masker.Redacted;
            request.Body = request.Body is null ? null : Masker.Redacted;
        }

        if (exchange.Response is { } response)
        {
            RedactHeaders(response.Headers);
            response.Body = response.Body is null ? null : Masker.Redacted;
        }

        if (exchange.Error is { } error)
        {
            error.Message = Masker.Redacted;
        }
    }

    private static void MaskHeaders(Masker masker, HeaderMap? headers)
    {
        if (headers is null)
        {
            return;
        }

        foreach (var (name, values) in headers)
        {
            for (var i = 0; i < (values?.Length ?? 0); i++)
            {
                values![i] = masker.MaskHeader(name, values[i]);
            }
        }
    }

    private static void RedactHeaders(HeaderMap? headers)
    {
        foreach (var values in headers?.Values ?? Enumerable.Empty<string[]>())
        {
            for (var i = 0; i < (values?.Length ?? 0); i++)
            {
                values![i] = Masker.Redacted;
            }
        }
    }
}
