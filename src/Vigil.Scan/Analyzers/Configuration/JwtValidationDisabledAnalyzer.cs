using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Vigil.Core.Findings;

namespace Vigil.Scan.Analyzers.Configuration;

/// <summary><c>TokenValidationParameters</c> with a check switched off: issuer, audience, lifetime, signing key or signatures.</summary>
internal sealed class JwtValidationDisabledAnalyzer : IScanAnalyzer
{
    public static readonly RuleDescriptor Rule = new(
        "VG4202",
        "JWT validation switched off",
        "Authentication",
        ThreatLevel.High,
        "CWE-347",
        "API2:2023",
        "Leave ValidateIssuer, ValidateAudience, ValidateLifetime, ValidateIssuerSigningKey and RequireSignedTokens at true and configure the expected issuer, audience and keys.");

    private static readonly HashSet<string> Switches =
        ["ValidateIssuer", "ValidateAudience", "ValidateLifetime", "ValidateIssuerSigningKey", "RequireSignedTokens", "RequireExpirationTime"];

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Analyze(ScanContext context)
    {
        foreach (var assignment in context.Workspace.Index.Assignments)
        {
            var name = assignment.Left switch
            {
                IdentifierNameSyntax id => id.Identifier.Text,
                MemberAccessExpressionSyntax m => m.Name.Identifier.Text,
                _ => null,
            };
            if (name is not null && Switches.Contains(name) && assignment.Right.IsKind(SyntaxKind.FalseLiteralExpression))
            {
                yield return context.Finding(Rule, assignment.GetLocation(), $"{name} = false accepts tokens that fail that check.");
            }
        }
    }
}
