using Microsoft.CodeAnalysis;
using Vigil.Core.Findings;
using Vigil.Scan.Endpoints;

namespace Vigil.Scan.Analyzers.Endpoints;

/// <summary>Types bound from the request body that expose privileged properties the client can then set (mass assignment).</summary>
internal sealed class MassAssignmentAnalyzer : IScanAnalyzer
{
    public static readonly RuleDescriptor Rule = new(
        "VG4103",
        "Privileged property bound from the request body (mass assignment)",
        "Authorization",
        ThreatLevel.High,
        "CWE-915",
        "API3:2023",
        "Bind a request DTO holding only the fields the client may set and copy them onto the entity; never bind entities directly.");

    private static readonly HashSet<string> Privileged = new(StringComparer.OrdinalIgnoreCase)
    {
        "IsAdmin", "Admin", "IsSuperUser", "Role", "Roles", "Permissions", "Claims", "Balance", "Credit", "Credits", "AccountBalance",
        "IsVerified", "IsApproved", "EmailConfirmed", "IsStaff", "AccessLevel", "Scopes", "OwnerId", "TenantId", "Discount", "IsPaid",
    };

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Analyze(ScanContext context)
    {
        foreach (var e in context.Endpoints)
        {
            if (e.HandlerSymbol is not { } handler || !e.Methods.Any(m => m is "POST" or "PUT" or "PATCH" or "*"))
            {
                continue;
            }

            foreach (var bound in e.Parameters.Where(p => p.Source is ParameterSource.Body or ParameterSource.Form))
            {
                if (handler.Parameters.FirstOrDefault(p => p.Name == bound.Name)?.Type is not INamedTypeSymbol type || !Symbols.InSource(type))
                {
                    continue;
                }

                var settable = Settable(type).Where(p => Privileged.Contains(p.Name)).Select(p => p.Name).ToList();
                if (settable.Count > 0)
                {
                    yield return context.Finding(
                        Rule,
                        handler.Parameters.First(p => p.Name == bound.Name).Locations.First(),
                        $"{e.Keys.First()} binds {type.Name} from the body, so the client can set {string.Join(", ", settable)}.",
                        e.Keys.First());
                }
            }
        }
    }

    private static IEnumerable<IPropertySymbol> Settable(INamedTypeSymbol type)
    {
        for (var t = type; t is not null && t.SpecialType == SpecialType.None && Symbols.InSource(t); t = t.BaseType)
        {
            foreach (var p in t.GetMembers().OfType<IPropertySymbol>())
            {
                if (p is { DeclaredAccessibility: Accessibility.Public, IsStatic: false, SetMethod.DeclaredAccessibility: Accessibility.Public })
                {
                    yield return p;
                }
            }
        }
    }
}
