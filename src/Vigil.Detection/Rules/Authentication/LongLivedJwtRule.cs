using Vigil.Core.Findings;
using Vigil.Detection.Engine;

namespace Vigil.Detection.Rules.Authentication;

/// <summary>An accepted JWT was issued for longer than <see cref="MaxLifetime"/> (<c>exp - iat</c>).</summary>
public sealed class LongLivedJwtRule : IRequestRule
{
    /// <summary>Longest lifetime not reported; 24 hours unless configured.</summary>
    public static TimeSpan MaxLifetime { get; set; } = TimeSpan.FromHours(24);

    public RuleDescriptor Descriptor { get; } = new(
        "VG1108", "JWT lifetime too long", "Authentication", ThreatLevel.Low, "CWE-613", Owasp.BrokenAuthentication,
        "Keep access tokens short-lived (minutes to an hour: SecurityTokenDescriptor.Expires) and use refresh tokens, "
        + "which you can revoke, for long sessions. Keep TokenValidationParameters.ValidateLifetime = true so the short "
        + "lifetime is actually enforced.");

    public void Evaluate(RequestContext context, FindingSink findings)
    {
        if (context.Succeeded && context.Request.Auth?.Jwt?.LifetimeSeconds is { } seconds && seconds > MaxLifetime.TotalSeconds)
        {
            findings.Report("request.headers.Authorization", $"token lifetime {TimeSpan.FromSeconds(seconds).TotalHours:0.#} h");
        }
    }
}
