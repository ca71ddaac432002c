using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Vigil.Core.Findings;

namespace Vigil.Scan.Analyzers.Configuration;

/// <summary>Passwords hashed with a fast digest (MD5, SHA-1, unsalted SHA-2) instead of a password hash.</summary>
internal sealed class WeakPasswordHashAnalyzer : IScanAnalyzer
{
    public static readonly RuleDescriptor Rule = new(
        "VG4204",
        "Weak hashing for passwords",
        "Cryptography",
        ThreatLevel.High,
        "CWE-916",
        "API2:2023",
        "Use ASP.NET Core Identity's PasswordHasher<T>, Rfc2898DeriveBytes.Pbkdf2 with ≥600,000 iterations and a random salt, or Argon2id.");

    private static readonly HashSet<string> Digests = ["MD5", "SHA1", "SHA256", "SHA384", "SHA512", "MD5CryptoServiceProvider", "SHA1Managed", "SHA256Managed"];

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Analyze(ScanContext context)
    {
        foreach (var node in context.Workspace.Index.Invocations.Cast<SyntaxNode>().Concat(context.Workspace.Index.ObjectCreations))
        {
            var digest = node switch
            {
                InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax { Expression: var type, Name.Identifier.Text: "Create" or "HashData" or "ComputeHash" } } => LastName(type),
                ObjectCreationExpressionSyntax { Type: var type } => LastName(type),
                _ => null,
            };
            if (digest is null || !Digests.Contains(digest))
            {
                continue;
            }

            // Only where a password is in play: the enclosing method's name or identifiers mention it.
            var method = node.Ancestors().FirstOrDefault(a => a is BaseMethodDeclarationSyntax or LocalFunctionStatementSyntax or AnonymousFunctionExpressionSyntax);
            if (method is null || !method.DescendantTokens().Any(t => t.IsKind(Microsoft.CodeAnalysis.CSharp.SyntaxKind.IdentifierToken) && t.Text.Contains("password", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var weak = digest.StartsWith("MD5", StringComparison.Ordinal) || digest.StartsWith("SHA1", StringComparison.Ordinal) ? "a broken digest" : "a fast unsalted digest";
            yield return context.Finding(Rule, node.GetLocation(), $"A password is hashed with {digest}, {weak} that GPUs reverse at billions of guesses per second.");
        }
    }

    private static string? LastName(ExpressionSyntax e) => e switch
    {
        IdentifierNameSyntax id => id.Identifier.Text,
        MemberAccessExpressionSyntax m => m.Name.Identifier.Text,
        QualifiedNameSyntax q => q.Right.Identifier.Text,
        _ => null,
    };
}
