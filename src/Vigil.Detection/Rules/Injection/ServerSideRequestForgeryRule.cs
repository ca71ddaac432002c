using Vigil.Core.Findings;
using Vigil.Detection.Engine;
using Vigil.Detection.Inputs;

namespace Vigil.Detection.Rules.Injection;

/// <summary>
/// A request value that is a URL pointing inside the server's network (loopback, link-local, cloud metadata,
/// private ranges) or using a scheme that reaches internal services (file:, gopher:, dict:). Harmless until the API
/// fetches it — which is exactly what webhook, avatar-from-URL and import features do.
/// </summary>
internal sealed class ServerSideRequestForgeryRule : IRequestRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG1008", "Server-side request forgery attempt", "Injection", ThreatLevel.High, "CWE-918", Owasp.ServerSideRequestForgery,
        "Fetch user-supplied URLs only through an allow-list of hosts, resolve the name and refuse private, loopback and link-local "
        + "addresses after resolution (and on every redirect), and allow only http/https.");

    public void Evaluate(RequestContext context, FindingSink findings)
    {
        foreach (var input in context.Inputs)
        {
            if (input.Source is InputSource.JsonKey || input.Value.Length < 7 || input.Value.IndexOf(':', StringComparison.Ordinal) < 0)
            {
                continue;
            }

            if (InternalUrl.Describe(input.Value.Trim()) is { } why)
            {
                findings.Report(input.Location, $"{input.Name} = {Shorten(input.Value)}", message: why);
            }
        }
    }

    private static string Shorten(string value) => value.Length <= 100 ? value : value[..100] + "…";
}
