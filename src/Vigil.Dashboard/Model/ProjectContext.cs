using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Vigil.Storage;

namespace Vigil.Dashboard.Model;

/// <summary>
/// The project a page shows: the one chosen in the header (a cookie), else "default", else the first by name.
/// Resolved once per request.
/// </summary>
public sealed class ProjectContext(IProjectStore projects)
{
    public const string CookieName = "vigil.project";
    public const string DefaultName = "default";

    private (Project? Current, IReadOnlyList<Project> All)? _resolved;

    public async Task<(Project? Current, IReadOnlyList<Project> All)> ResolveAsync(HttpContext http, CancellationToken cancellationToken)
    {
        if (_resolved is { } done)
        {
            return done;
        }

        var all = await projects.ListProjectsAsync(cancellationToken).ConfigureAwait(false);
        var chosen = http.Request.Cookies[CookieName];
        var current = all.FirstOrDefault(p => p.Name == chosen) ?? all.FirstOrDefault(p => p.Name == DefaultName) ?? all.FirstOrDefault();
        _resolved = (current, all);
        return _resolved.Value;
    }

    /// <summary>
    /// <c>POST /project</c> (form: <c>name</c>, <c>back</c>, the anti-forgery token): remember the choice and go back
    /// to a local page. A POST because it changes what every later page shows; a forged cross-site form is refused.
    /// </summary>
    public static async Task<IResult> SelectAsync(HttpContext http, IAntiforgery antiforgery)
    {
        if (!http.Request.HasFormContentType || !await antiforgery.IsRequestValidAsync(http).ConfigureAwait(false))
        {
            return Results.BadRequest();
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted).ConfigureAwait(false);
        var name = form["name"].ToString();
        var back = form["back"].ToString();
        if (!string.IsNullOrEmpty(name) && name.Length <= 64)
        {
            http.Response.Cookies.Append(CookieName, name, new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Strict, IsEssential = true, MaxAge = TimeSpan.FromDays(365) });
        }

        return Results.LocalRedirect(IsLocal(back) ? back : "/");
    }

    /// <summary>
    /// A path on this site: starts with one '/', no scheme, no backslash tricks, no control characters (browsers drop
    /// a tab or newline, so <c>/\t/evil.example</c> would leave the site; LocalRedirect refuses it with a 500).
    /// </summary>
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url) && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Contains("://", StringComparison.Ordinal) && !url.AsSpan().ContainsAnyInRange('\0', '\x1f') && !url.Contains('\x7f');
}
