using Vigil.Core.Findings;
using Vigil.Detection.Engine;

namespace Vigil.Detection.Rules.Authentication;

/// <summary>A JWT whose <c>exp</c> had passed when the request arrived was still answered with success.</summary>
internal sealed class ExpiredJwtAcceptedRule : IRequestRule
{
    /// <summary>Grace beyond <c>exp</c>, matching ASP.NET Core's default ClockSkew, so clock drift is not reported.</summary>
    public static TimeSpan ClockSkew { get; set; } = TimeSpan.FromMinutes(5);

    public RuleDescriptor Descriptor { get; } = new(
        "VG1107", "Expired JWT accepted", "Authentication", ThreatLevel.High, "CWE-613", Owasp.BrokenAuthentication,
        "Validate token lifetime on every request: in ASP.NET Core keep TokenValidationParameters.ValidateLifetime = true "
        + "(never false, not even in a custom LifetimeValidator that returns true) and keep ClockSkew small (the default "
        + "is 5 minutes). Check any hand-written token parsing for a missing exp check.");

    public void Evaluate(RequestContext context, FindingSink findings)
    {
        if (context.Succeeded && context.Request.Auth?.Jwt?.ExpiresAt is { } expires && expires + ClockSkew < context.Exchange.Timestamp)
        {
            var late = context.Exchange.Timestamp - expires;
            findings.Report("request.headers.Authorization", $"token expired {Describe(late)} before the request, response {context.Response.Status}");
        }
    }

    private static string Describe(TimeSpan late) =>
        late.TotalDays >= 1 ? $"{(int)late.TotalDays} d" : late.TotalHours >= 1 ? $"{(int)late.TotalHours} h" : $"{(int)late.TotalMinutes} min";
}
