using Vigil.Core.Findings;
using Vigil.Detection.Engine;

namespace Vigil.Detection.Rules.Authentication;

/// <summary>An accepted JWT has no <c>exp</c> claim: a stolen token works forever.</summary>
internal sealed class JwtWithoutExpiryRule : IRequestRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG1106", "JWT without expiry", "Authentication", ThreatLevel.Medium, "CWE-613", Owasp.BrokenAuthentication,
        "Issue every token with an exp claim (SecurityTokenDescriptor.Expires) and refuse tokens without one: in ASP.NET Core "
        + "set TokenValidationParameters.RequireExpirationTime = true and ValidateLifetime = true. Pair short-lived access "
        + "tokens with refresh tokens you can revoke.");

    public void Evaluate(RequestContext context, FindingSink findings)
    {
        if (context.Succeeded && context.Request.Auth?.Jwt is { HasExp: false } jwt)
        {
            findings.Report("request.headers.Authorization", $"{jwt.Alg} token without exp accepted");
        }
    }
}
