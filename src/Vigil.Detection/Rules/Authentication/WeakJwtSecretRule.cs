using Vigil.Core.Findings;
using Vigil.Detection.Engine;

namespace Vigil.Detection.Rules.Authentication;

/// <summary>An accepted HMAC-signed JWT verifies with a well-known secret such as <c>secret</c>: anyone can forge tokens.</summary>
internal sealed class WeakJwtSecretRule : IRequestRule
{
    public RuleDescriptor Descriptor { get; } = new(
        "VG1109", "JWT signed with a known weak secret", "Authentication", ThreatLevel.High, "CWE-521", Owasp.BrokenAuthentication,
        "Rotate the signing key now: every token signed with it can be forged. Use a random key of at least 256 bits "
        + "(RandomNumberGenerator.GetBytes(32)) loaded from a secret store (Azure Key Vault, AWS Secrets Manager, user-secrets "
        + "in development), never from source or appsettings.json, as the SymmetricSecurityKey of "
        + "TokenValidationParameters.IssuerSigningKey; or move to asymmetric keys (RS256/ES256).");

    public void Evaluate(RequestContext context, FindingSink findings)
    {
        if (context.Succeeded && context.Request.Auth?.Jwt is { WeakSecret: true } jwt)
        {
            findings.Report("request.headers.Authorization", $"{jwt.Alg} signature verifies with a well-known secret");
        }
    }
}
