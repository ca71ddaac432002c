using Vigil.Core.Findings;
using Vigil.Detection.Engine;

namespace Vigil.Detection.Rules.Authentication;

/// <summary>An unsigned JWT (<c>alg: none</c>) was accepted: anyone can mint any identity.</summary>
internal sealed class JwtAlgNoneRule : IRequestRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG1105", "JWT with alg none", "Authentication", ThreatLevel.High, "CWE-347", Owasp.BrokenAuthentication,
        "Reject unsigned tokens. In ASP.NET Core keep TokenValidationParameters.RequireSignedTokens = true and "
        + "ValidateIssuerSigningKey = true, pin ValidAlgorithms to the algorithm you issue (e.g. [\"RS256\"]), and never "
        + "decode tokens with a JwtSecurityTokenHandler.ReadJwtToken call in place of validation.");

    public void Evaluate(RequestContext context, FindingSink findings)
    {
        if (context.Succeeded && context.Request.Auth?.Jwt is { } jwt && jwt.Alg.Equals("none", StringComparison.OrdinalIgnoreCase))
        {
            findings.Report("request.headers.Authorization", $"alg {jwt.Alg}, response {context.Response.Status}");
        }
    }
}
