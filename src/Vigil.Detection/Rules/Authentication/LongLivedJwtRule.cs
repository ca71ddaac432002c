using Vigil.Core.Findings;
using Vigil.Detection.Engine;

namespace Vigil.Detection.Rules.Authentication;

/// <summary>An accepted JWT was issued for longer than <see cref="DetectionSettings.MaxJwtLifetime"/> (<c>exp - iat</c>).</summary>
internal sealed class LongLivedJwtRule(DetectionSettings settings) : IRequestRule
{

    public RuleDescriptor Descriptor { get; } = new(
        "VG1108", "JWT lifetime too long", "Authentication", ThreatLevel.Low, "CWE-613", Owasp.BrokenAuthentication,
        "Keep access tokens short-lived (minutes to an hour: SecurityTokenDescriptor.Expires) and use refresh tokens, "
        + "which you can revoke, for long sessions. Keep TokenValidationParameters.ValidateLifetime = true so the short "
        + "lifetime is actually enforced.");

    public void Evaluate(RequestContext context, FindingSink findings)
    {
        if (context.Succeeded && context.Request.Auth?.Jwt?.LifetimeSeconds is { } seconds && seconds > settings.MaxJwtLifetime.TotalSeconds)
        {
            findings.Report("request.headers.Authorization", $"token lifetime {TimeSpan.FromSeconds(seconds).TotalHours:0.#} h");
        }
    }
}
