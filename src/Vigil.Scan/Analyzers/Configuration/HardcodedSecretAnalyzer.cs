using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Vigil.Core.Findings;

namespace Vigil.Scan.Analyzers.Configuration;

/// <summary>
/// String literals given to something named like a secret (password, api key, signing key, client secret) and connection
/// strings with a password in them. The evidence is masked: a finding never repeats the secret.
/// </summary>
internal sealed class HardcodedSecretAnalyzer : IScanAnalyzer
{
    public static readonly RuleDescriptor Rule = new(
        "VG4201",
        "Hard-coded secret or connection string with a password",
        "Configuration",
        ThreatLevel.High,
        "CWE-798",
        "API8:2023",
        "Move the value to user secrets, environment variables or a vault, read it through IConfiguration, and rotate the exposed one.");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Analyze(ScanContext context)
    {
        foreach (var literal in context.Workspace.Index.StringLiterals)
        {
            if (!literal.IsKind(SyntaxKind.StringLiteralExpression) || literal.Token.ValueText is not { Length: >= 8 } value || Placeholder(value))
            {
                continue;
            }

            var reason = EvidenceMask.HasPassword(value) ? "a connection string with a password"
                : SecretName(Target(literal)) is { } name ? $"{name}"
                : null;
            if (reason is null)
            {
                continue;
            }

            var finding = context.Finding(Rule, literal.GetLocation(), $"A literal is used as {reason}.");
            yield return finding with { Evidence = Mask(literal.Token.Text) };
        }
    }

    // The name the literal is given to: a variable, field, property, named argument or configuration key.
    private static string? Target(LiteralExpressionSyntax literal) => literal.Parent switch
    {
        EqualsValueClauseSyntax { Parent: VariableDeclaratorSyntax v } => v.Identifier.Text,
        EqualsValueClauseSyntax { Parent: PropertyDeclarationSyntax p } => p.Identifier.Text,
        AssignmentExpressionSyntax { Left: var left } => left switch
        {
            MemberAccessExpressionSyntax m => m.Name.Identifier.Text,
            ElementAccessExpressionSyntax e => e.ArgumentList.Arguments.FirstOrDefault()?.Expression.ToString(),
            _ => left.ToString(),
        },
        ArgumentSyntax { NameColon: { } n } => n.Name.Identifier.Text,
        ArgumentSyntax { Parent.Parent: ObjectCreationExpressionSyntax { Type: var t } } => t.ToString() is var type && type.Contains("SymmetricSecurityKey", StringComparison.Ordinal) ? "a signing key" : null,
        _ => null,
    };

    private static string? SecretName(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var lower = name.ToLowerInvariant().Replace("_", "", StringComparison.Ordinal).Replace(":", "", StringComparison.Ordinal).Trim('"');
        return lower.Contains("password", StringComparison.Ordinal) || lower.Contains("secret", StringComparison.Ordinal) || lower.Contains("apikey", StringComparison.Ordinal)
            || lower.EndsWith("signingkey", StringComparison.Ordinal) || lower.Contains("privatekey", StringComparison.Ordinal) || lower.Contains("accesskey", StringComparison.Ordinal)
            || lower == "a signing key" || lower.EndsWith("pwd", StringComparison.Ordinal)
            ? name.Trim('"') : null;
    }

    private static bool Placeholder(string value) =>
        value.All(char.IsLetter) && value.Length < 16 || value.StartsWith('{') || value.StartsWith('$') || value.Contains("<", StringComparison.Ordinal) || value.Contains("changeme", StringComparison.OrdinalIgnoreCase)
        || value.Contains("placeholder", StringComparison.OrdinalIgnoreCase) || value.Contains("example", StringComparison.OrdinalIgnoreCase)
        || value.Contains(' ') && !EvidenceMask.HasPassword(value) || value.All(c => c == '*' || c == 'x' || c == 'X');

    private static string Mask(string literal) => EvidenceMask.HasPassword(literal)
        ? EvidenceMask.Apply(literal)
        : literal.Length <= 4 ? "****" : literal[..3] + "****\"";

}
