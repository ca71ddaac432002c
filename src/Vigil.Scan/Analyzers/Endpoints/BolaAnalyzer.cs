using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Vigil.Core.Findings;
using Vigil.Scan.Endpoints;

namespace Vigil.Scan.Analyzers.Endpoints;

/// <summary>
/// Heuristic for broken object-level authorization: a route with an <c>{id}</c>-like parameter whose handler passes it to a
/// lookup, while nothing in the handler refers to the current user or an authorization check. Policy-protected endpoints are
/// skipped (a resource policy may do the check). Marked as a heuristic in every message.
/// </summary>
internal sealed class BolaAnalyzer : IScanAnalyzer
{
    public static readonly RuleDescriptor Rule = new(
        "VG4102",
        "Object loaded by client-supplied id without an ownership check (BOLA heuristic)",
        "Authorization",
        ThreatLevel.Medium,
        "CWE-639",
        "API1:2023",
        "After loading the object, check it belongs to the caller (compare its owner with the user's id claim) or use IAuthorizationService.AuthorizeAsync with a resource policy; return 404 when it does not.");

    private static readonly string[] UserReferences =
        ["User", "ClaimsPrincipal", "NameIdentifier", "AuthorizeAsync", "CurrentUser", "GetUserId", "UserId", "OwnerId", "Sub", "FindFirst", "Identity"];

    private static readonly string[] Lookups = ["Find", "Get", "Load", "Fetch", "Single", "First", "Where", "Query", "Read", "Lookup", "Delete", "Remove", "Update"];

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Analyze(ScanContext context)
    {
        foreach (var e in context.Endpoints)
        {
            if (e.Auth == EndpointAuth.Policy || e.HandlerSyntax is not { } body)
            {
                continue;
            }

            var ids = e.Parameters.Where(p => p.Source == ParameterSource.Route && (p.Name.Equals("id", StringComparison.OrdinalIgnoreCase) || p.Name.EndsWith("Id", StringComparison.Ordinal))).Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            if (ids.Count == 0)
            {
                continue;
            }

            var identifiers = body.DescendantNodes().OfType<IdentifierNameSyntax>().Select(i => i.Identifier.Text).ToHashSet(StringComparer.Ordinal);
            if (UserReferences.Any(identifiers.Contains) || e.HandlerSymbol?.Parameters.Any(p => p.Type.Name == "ClaimsPrincipal") == true)
            {
                continue;
            }

            var lookup = body.DescendantNodes().OfType<InvocationExpressionSyntax>().FirstOrDefault(call =>
                CallName(call) is { } name && Lookups.Any(l => name.StartsWith(l, StringComparison.Ordinal) || name.EndsWith(l, StringComparison.Ordinal))
                && call.DescendantNodes().OfType<IdentifierNameSyntax>().Any(i => ids.Contains(i.Identifier.Text)));
            if (lookup is null)
            {
                continue;
            }

            yield return context.Finding(
                Rule,
                lookup.GetLocation(),
                $"Heuristic: {e.Keys.First()} loads an object by the client's {string.Join("/", ids)} in {CallName(lookup)}(…) and never refers to the current user, so any caller may read or change anyone's object.",
                e.Keys.First());
        }
    }

    private static string? CallName(InvocationExpressionSyntax call) => Vigil.Scan.Endpoints.CallSites.NameOf(call.Expression);
}
