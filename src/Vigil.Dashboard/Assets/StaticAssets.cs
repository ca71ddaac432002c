using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Vigil.Dashboard.Assets;

/// <summary>
/// The stylesheet and script, embedded in the assembly and served from memory under <c>/assets/</c> without a
/// session (the sign-in page needs them). Embedding means no static-web-assets manifest, so any host serves them.
/// </summary>
internal static class StaticAssets
{
    private static readonly (string Name, string ContentType)[] Files = [("vigil.css", "text/css; charset=utf-8"), ("vigil.js", "text/javascript; charset=utf-8")];

    public static void Map(WebApplication app)
    {
        foreach (var (name, contentType) in Files)
        {
            var bytes = Read(name);
            var etag = "\"" + Convert.ToHexString(SHA256.HashData(bytes), 0, 8) + "\"";
            app.MapGet("/assets/" + name, (HttpContext http) =>
            {
                http.Response.Headers.ETag = etag;
                http.Response.Headers.CacheControl = "no-cache";
                return http.Request.Headers.IfNoneMatch == etag ? Results.StatusCode(StatusCodes.Status304NotModified) : Results.Bytes(bytes, contentType);
            }).AllowAnonymous();
        }
    }

    private static byte[] Read(string name)
    {
        using var stream = typeof(StaticAssets).Assembly.GetManifestResourceStream("Vigil.Dashboard.Assets." + name)
            ?? throw new InvalidOperationException($"The dashboard asset {name} is not embedded; check Vigil.Dashboard.csproj.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
