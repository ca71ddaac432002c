using Microsoft.AspNetCore.Http;

namespace Vigil.Dashboard.Auth;

/// <summary>
/// Headers on every dashboard response: scripts, styles and forms from this origin only, no framing, no referrer.
/// Pages use no inline script or style attribute, so the policy needs no 'unsafe-inline'.
/// </summary>
internal sealed class SecurityHeaders(RequestDelegate next)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.Path.StartsWithSegments("/v1", StringComparison.Ordinal))
        {
            // The read API returns masked traffic to a key in a custom header, which shared caches do not treat as
            // credentials; ingest (a POST, the hot path) gets nothing.
            if (HttpMethods.IsGet(context.Request.Method))
            {
                context.Response.Headers.CacheControl = "no-store";
            }

            return next(context);
        }

        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            if (headers.ContentType.ToString().StartsWith("text/html", StringComparison.OrdinalIgnoreCase))
            {
                headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
                headers.XFrameOptions = "DENY";
                headers["Referrer-Policy"] = "no-referrer";
                headers.CacheControl = "no-store";
            }

            headers.XContentTypeOptions = "nosniff";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
