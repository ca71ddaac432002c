using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace Vigil.Dashboard.Auth;

/// <summary>
/// The session cookie: HTTP-only, same-site lax, eight hours sliding; pages redirect to sign-in, data answers 401.
/// Lax, not strict, so a link from an alert e-mail opens the page signed in; every change is a POST with an
/// anti-forgery token, which lax does not send cross-site anyway.
/// </summary>
internal static class SessionCookie
{
    public const string Name = "vigil.session";

    public static void Configure(CookieAuthenticationOptions cookie)
    {
        cookie.Cookie.Name = Name;
        cookie.Cookie.HttpOnly = true;
        cookie.Cookie.SameSite = SameSiteMode.Lax;
        cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
        cookie.SlidingExpiration = true;
        cookie.LoginPath = DashboardExtensions.SignInPath;
        cookie.LogoutPath = "/signout";
        cookie.AccessDeniedPath = DashboardExtensions.SignInPath;
        cookie.Events.OnValidatePrincipal = SessionValidator.ValidateAsync;
        cookie.Events.OnRedirectToLogin = context =>
        {
            if (WantsPage(context.Request))
            {
                context.Response.Redirect(context.RedirectUri);
            }
            else
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            }

            return Task.CompletedTask;
        };
    }

    // A browser navigating asks for HTML; EventSource, fetch and curl do not, and get a status instead of a redirect.
    private static bool WantsPage(HttpRequest request) =>
        HttpMethods.IsGet(request.Method) && request.Headers.Accept.ToString().Contains("text/html", StringComparison.OrdinalIgnoreCase);
}
