using Vigil.Core.Findings;
using Vigil.Detection.Engine;

namespace Vigil.Detection.Rules.Authentication;

internal sealed class CredentialsOverHttpRule : IRequestRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG1102", "Credentials sent over plain HTTP", "Authentication", ThreatLevel.High, "CWE-523", Owasp.BrokenAuthentication,
        "Accept credentials only over HTTPS; redirecting afterwards is too late because the secret has already crossed the network.");

    public void Evaluate(RequestContext context, FindingSink findings)
    {
        if (context.IsHttps || ResponseFacts.IsLoopback(context.Request.Host))
        {
            return;
        }

        if (CredentialFacts.AuthorizationScheme(context.Request) is { } scheme)
        {
            findings.Report("request.headers.Authorization", $"{scheme} credentials over http");
        }

        if (CredentialFacts.ApiKeyHeader(context.Request) is { } header)
        {
            findings.Report($"request.headers.{header}", $"API key header {header} over http");
        }
    }
}
