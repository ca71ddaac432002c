using Vigil.Core.Findings;
using Vigil.Detection.Engine;

namespace Vigil.Detection.Rules.Transport;

/// <summary>
/// A client that doesn't say what it accepts gets whatever the server defaults to — after an upgrade that can be
/// a different format or an HTML error page. A hygiene finding, reported on requests that got content back.
/// </summary>
internal sealed class MissingAcceptHeaderRule : IRequestRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG1207", "Request without Accept", "Transport", ThreatLevel.Low, "CWE-436", Owasp.SecurityMisconfiguration,
        "Have clients send Accept (e.g. Accept: application/json; HttpClient: DefaultRequestHeaders.Accept) and answer "
        + "406 for formats the endpoint does not produce (MvcOptions.ReturnHttpNotAcceptable = true).");

    public void Evaluate(RequestContext context, FindingSink findings)
    {
        var response = context.Response;
        if (response.Status is >= 200 and < 300 and not 204 && ResponseFacts.HasBody(response) && !context.Request.Headers.ContainsKey("Accept"))
        {
            findings.Report("request.headers.Accept", message: "request got content back without saying what it accepts");
        }
    }
}
