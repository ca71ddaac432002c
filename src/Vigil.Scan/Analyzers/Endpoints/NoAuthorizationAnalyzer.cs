using Vigil.Core.Findings;
using Vigil.Scan.Endpoints;

namespace Vigil.Scan.Analyzers.Endpoints;

/// <summary>
/// Endpoints nothing protects that change state or return data. Explicit <c>[AllowAnonymous]</c>/<c>AllowAnonymous()</c>
/// is a decision someone made and is not reported; neither are sign-in, health and documentation routes, public by nature.
/// </summary>
internal sealed class NoAuthorizationAnalyzer : IScanAnalyzer
{
    public static readonly RuleDescriptor Rule = new(
        "VG4101",
        "Endpoint without authorization",
        "Authorization",
        ThreatLevel.Medium,
        "CWE-862",
        "API5:2023",
        "Add [Authorize] or RequireAuthorization() (or a FallbackPolicy for the whole app); if the endpoint is meant to be public, mark it [AllowAnonymous] so the decision is visible.");

    private static readonly string[] PublicByNature =
        ["login", "signin", "sign-in", "register", "signup", "sign-up", "token", "refresh", "health", "alive", "ready", "ping", "version", "swagger", "openapi", "forgot", "reset-password", "confirm", "verify", "logout", "callback"];

    private static readonly HashSet<string> PersonalData =
        ["email", "emailaddress", "phone", "phonenumber", "mobile", "address", "streetaddress", "dateofbirth", "birthdate", "dob", "nationalid", "passportnumber"];

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Analyze(ScanContext context)
    {
        foreach (var e in context.Endpoints)
        {
            if (e.Auth != EndpointAuth.Public || e.AuthReason.Contains("AllowAnonymous", StringComparison.Ordinal)
                || PublicByNature.Any(word => e.Route.Contains(word, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var changes = e.Methods.Any(m => m is "POST" or "PUT" or "PATCH" or "DELETE" or "*");
            if (!changes && e.ResponseTypes.Count == 0 && e.HandlerSymbol?.ReturnsVoid != false)
            {
                continue;
            }

            // Personal data to anonymous callers is what enumeration harvests: worth more than "returns data".
            var personal = ResponseFields.Find(e, PersonalData.Contains);
            var what = changes ? "changes state" : personal.Count > 0 ? $"returns personal data ({string.Join(", ", personal.Take(4))})" : "returns data";
            yield return context.Finding(
                Rule,
                EndpointPlace.Of(e),
                $"{string.Join(",", e.Methods)} {e.Route} {what} and anyone may call it; {e.AuthReason}.",
                e.Keys.First(),
                changes || personal.Count > 0 ? ThreatLevel.Medium : ThreatLevel.Low);
        }
    }
}
