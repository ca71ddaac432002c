using Vigil.Core.Findings;
using Vigil.Detection.Engine;

namespace Vigil.Detection.Rules.Authentication;

/// <summary>
/// The first half of the pattern behind the largest API leaks: an endpoint that hands out data to anyone who asks.
/// Low on its own, because menus and catalogues are public on purpose; what makes it a leak (personal data in the
/// answer, many records) is judged by the behavioural detectors, which escalate it.
/// </summary>
internal sealed class UnauthenticatedDataRule : IRequestRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG1101", "Data returned without credentials", "Authentication", ThreatLevel.Low, "CWE-306", Owasp.BrokenAuthentication,
        "Require authentication on endpoints that return data ([Authorize], RequireAuthorization, or a fallback policy); "
        + "mark the truly public ones explicitly with [AllowAnonymous] so the choice is visible in code review.");

    public void Evaluate(RequestContext context, FindingSink findings)
    {
        var response = context.Response;
        var type = response.Headers.First("Content-Type") ?? "";
        var returnsData = context.Succeeded
            && ResponseFacts.HasBody(response)
            && (type.Contains("json", StringComparison.OrdinalIgnoreCase) || type.Contains("xml", StringComparison.OrdinalIgnoreCase));
        if (returnsData && !CredentialFacts.HasCredentials(context.Request))
        {
            findings.Report("request.headers", $"{context.Request.Method} {context.Request.Path} answered {response.Status} with {type.Split(';')[0]} and no credentials");
        }
    }
}
