using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Dashboard.Auth;
using Vigil.Dashboard.Model;

namespace Vigil.Dashboard.Pages;

/// <summary>The one page reachable without a session. Failures say nothing about whether the user exists.</summary>
public sealed class SignInModel(PasswordCheck passwords, SignInThrottle throttle) : PageModel
{
    public string? Error { get; private set; }

    public string? Username { get; private set; }

    public string? ReturnUrl { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = ProjectContext.IsLocal(returnUrl) ? returnUrl : null;

    public async Task<IActionResult> OnPostAsync(string? username, string? password, string? returnUrl)
    {
        Username = username?.Length > 128 ? null : username;
        ReturnUrl = ProjectContext.IsLocal(returnUrl) ? returnUrl : null;
        var user = username ?? "";
        var client = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.LockedFor(user, client) is { } wait)
        {
            Error = $"Too many failed sign-ins. Try again in {Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes))} minute(s).";
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }

        var record = await passwords.VerifyAsync(user, password ?? "", HttpContext.RequestAborted).ConfigureAwait(false);
        if (record is null)
        {
            throttle.Failed(user, client);
            Error = "Wrong user name or password.";
            Response.StatusCode = StatusCodes.Status401Unauthorized;
            return Page();
        }

        throttle.Succeeded(user, client);
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.Name, record.Username),
                new Claim(ClaimTypes.NameIdentifier, record.Id.ToString("D")),
                new Claim(SessionValidator.StampClaim, SessionValidator.Stamp(record.PasswordHash)),
            ],
            CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity)).ConfigureAwait(false);
        return LocalRedirect(ReturnUrl ?? "/");
    }
}
