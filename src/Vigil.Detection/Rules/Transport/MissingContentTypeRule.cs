using Vigil.Core.Findings;
using Vigil.Detection.Engine;

namespace Vigil.Detection.Rules.Transport;

/// <summary>
/// A body without Content-Type makes the receiver guess: browsers sniff a response into HTML (XSS), and servers
/// that guess a request's format can be fed a parser the endpoint never meant to expose.
/// </summary>
internal sealed class MissingContentTypeRule : IRequestRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG1206", "Body without Content-Type", "Transport", ThreatLevel.Low, "CWE-436", Owasp.SecurityMisconfiguration,
        "Always send Content-Type with a body (Results.Json / Produces<T> set it in ASP.NET Core), together with "
        + "X-Content-Type-Options: nosniff; reject request bodies without one ([Consumes] or a 415 check) instead of guessing.");

    public void Evaluate(RequestContext context, FindingSink findings)
    {
        if (ResponseFacts.HasBody(context.Request.Body, context.Request.Size) && !context.Request.Headers.ContainsKey("Content-Type"))
        {
            findings.Report("request.headers.Content-Type", message: "request body sent without Content-Type");
        }

        // 1xx, 204 and 304 carry no content by definition.
        var status = context.Response.Status;
        if (status is >= 200 and not 204 and not 304 && ResponseFacts.HasBody(context.Response) && !context.Response.Headers.ContainsKey("Content-Type"))
        {
            findings.Report("response.headers.Content-Type", message: "response body served without Content-Type");
        }
    }
}
