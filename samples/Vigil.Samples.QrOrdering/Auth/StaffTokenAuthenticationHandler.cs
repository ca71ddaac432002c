using System.Globalization;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Vigil.Samples.QrOrdering.Auth;

/// <summary>Authenticates <c>Authorization: Bearer &lt;token&gt;</c> against the in-memory staff sessions.</summary>
internal sealed class StaffTokenAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    StaffSessionStore sessions)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var token = BearerToken.From(Request.Headers.Authorization);
        if (token is null)
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var session = sessions.Find(token);
        if (session is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("The bearer token is unknown or has expired."));
        }

        var staff = session.Staff;
        var identity = new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, staff.Id.ToString(CultureInfo.InvariantCulture)),
                new Claim(ClaimTypes.Name, staff.Name),
                new Claim(ClaimTypes.Email, staff.Email),
                new Claim(ClaimTypes.Role, staff.Role.ToString()),
                new Claim(StaffClaimTypes.RestaurantId, staff.RestaurantId.ToString(CultureInfo.InvariantCulture)),
            ],
            Scheme.Name);
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), Scheme.Name)));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = "Bearer realm=\"qrdine-staff\"";
        return Task.CompletedTask;
    }
}
