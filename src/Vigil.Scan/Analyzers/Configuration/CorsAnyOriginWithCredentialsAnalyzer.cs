using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Vigil.Core.Findings;

namespace Vigil.Scan.Analyzers.Configuration;

/// <summary>
/// A CORS policy that lets any origin send credentialed requests: <c>AllowCredentials()</c> with <c>AllowAnyOrigin()</c> or an
/// origin predicate that accepts everything (<c>SetIsOriginAllowed(_ =&gt; true)</c>, the usual workaround for the framework's refusal).
/// </summary>
internal sealed class CorsAnyOriginWithCredentialsAnalyzer : IScanAnalyzer
{
    public static readonly RuleDescriptor Rule = new(
        "VG4203",
        "CORS allows any origin with credentials",
        "Configuration",
        ThreatLevel.High,
        "CWE-942",
        "API8:2023",
        "List the trusted origins with WithOrigins(...) when credentials are allowed; never combine AllowCredentials with any-origin.");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Analyze(ScanContext context)
    {
        foreach (var call in context.Workspace.Index.Invocations)
        {
            if (Name(call) != "AllowCredentials")
            {
                continue;
            }

            // The policy builder chain this call belongs to: the whole statement or lambda body around it.
            var scope = call.Ancestors().FirstOrDefault(a => a is StatementSyntax or LambdaExpressionSyntax) ?? call;
            var anyOrigin = scope.DescendantNodes().OfType<InvocationExpressionSyntax>().FirstOrDefault(c =>
                Name(c) == "AllowAnyOrigin" || Name(c) == "SetIsOriginAllowed" && c.ArgumentList.Arguments.FirstOrDefault()?.Expression is LambdaExpressionSyntax { Body: LiteralExpressionSyntax { Token.ValueText: "true" } });
            if (anyOrigin is not null)
            {
                yield return context.Finding(Rule, call.GetLocation(), $"{Name(anyOrigin)} with AllowCredentials lets any site make authenticated calls with the user's cookies.");
            }
        }
    }

    private static string? Name(InvocationExpressionSyntax call) => Vigil.Scan.Endpoints.CallSites.NameOf(call.Expression);
}
