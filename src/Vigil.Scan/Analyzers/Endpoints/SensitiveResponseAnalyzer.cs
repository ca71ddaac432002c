using Microsoft.CodeAnalysis;
using Vigil.Core.Findings;
using Vigil.Scan.Endpoints;

namespace Vigil.Scan.Analyzers.Endpoints;

/// <summary>
/// Response types (and the types they contain, two levels deep) with fields that should never leave the server: password
/// and its hash, secrets, SSNs, card numbers. Tokens count too, except on the sign-in and token routes that exist to hand them out.
/// </summary>
internal sealed class SensitiveResponseAnalyzer : IScanAnalyzer
{
    public static readonly RuleDescriptor Rule = new(
        "VG4104",
        "Sensitive field in a response type",
        "Data exposure",
        ThreatLevel.Medium,
        "CWE-213",
        "API3:2023",
        "Return a response DTO without the field, or mark it [JsonIgnore]; never serialise entities holding credentials or payment data.");

    private static readonly string[] Sensitive = ["password", "passwordhash", "hash", "salt", "secret", "apikey", "ssn", "socialsecurity", "cardnumber", "creditcard", "cvv", "cvc", "pan", "pin", "privatekey", "token", "refreshtoken", "accesstoken"];

    private static readonly string[] TokenRoutes = ["login", "signin", "token", "auth", "refresh", "sessions"];

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Analyze(ScanContext context)
    {
        foreach (var e in context.Endpoints)
        {
            var tokensExpected = TokenRoutes.Any(r => e.Route.Contains(r, StringComparison.OrdinalIgnoreCase));
            var fields = ResponseFields.Find(e, name =>
                Sensitive.Any(s => name == s || name.EndsWith(s, StringComparison.Ordinal) && s.Length > 3)
                && !(name.EndsWith("token", StringComparison.Ordinal) && tokensExpected) && !name.EndsWith("masked", StringComparison.Ordinal));

            if (fields.Count > 0)
            {
                yield return context.Finding(
                    Rule,
                    EndpointPlace.Of(e),
                    $"{e.Keys.First()} returns {string.Join(", ", fields.Distinct().Take(5))}.",
                    e.Keys.First(),
                    fields.Any(f => !f.Contains("Token", StringComparison.OrdinalIgnoreCase)) ? ThreatLevel.Medium : ThreatLevel.Low);
            }
        }
    }
}
