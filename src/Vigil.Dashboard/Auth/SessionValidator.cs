using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Storage;

namespace Vigil.Dashboard.Auth;

/// <summary>
/// Ends a session when its user is gone or its password changed since sign-in (<c>vigil users set-password</c>
/// after a leak must lock the leaker out, not wait for the cookie to expire). The cookie carries a fingerprint of
/// the password hash, checked against the store on every request: one indexed read of a tiny table.
/// </summary>
internal static class SessionValidator
{
    public const string StampClaim = "vigil:stamp";

    public static string Stamp(string passwordHash) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(passwordHash)), 0, 12);

    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var name = context.Principal?.FindFirstValue(ClaimTypes.Name);
        var stamp = context.Principal?.FindFirstValue(StampClaim);
        var users = context.HttpContext.RequestServices.GetRequiredService<IUserStore>();
        var user = name is null ? null : await users.FindUserAsync(name, context.HttpContext.RequestAborted).ConfigureAwait(false);
        if (user is null || stamp is null || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(stamp), Encoding.ASCII.GetBytes(Stamp(user.PasswordHash))))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme).ConfigureAwait(false);
        }
    }
}
