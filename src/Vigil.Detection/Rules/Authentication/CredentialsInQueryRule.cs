using Vigil.Core.Findings;
using Vigil.Detection.Engine;
using Vigil.Detection.Inputs;

namespace Vigil.Detection.Rules.Authentication;

/// <summary>Secrets in URLs end up in proxy logs, browser history and Referer headers.</summary>
internal sealed class CredentialsInQueryRule : IRequestRule
{
    private static readonly HashSet<string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        "apikey", "api_key", "api-key", "key", "token", "access_token", "accesstoken", "id_token", "refresh_token", "auth", "jwt",
        "password", "passwd", "pwd", "secret", "client_secret", "session", "sessionid", "sid", "signature", "sig",
    };

    public RuleDescriptor Descriptor { get; } = new(
        "VG1103", "Credential in the query string", "Authentication", ThreatLevel.Medium, "CWE-598", Owasp.BrokenAuthentication,
        "Send keys and tokens in a header (Authorization or X-Api-Key), never in the URL; rotate any key that was sent in one.");

    public void Evaluate(RequestContext context, FindingSink findings)
    {
        foreach (var input in context.Inputs)
        {
            if (input.Source == InputSource.Query && Names.Contains(input.Name) && input.Value.Length > 0)
            {
                findings.Report(input.Location, $"{input.Name}=****");
            }
        }
    }
}
