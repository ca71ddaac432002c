using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Vigil.Core.Findings;

namespace Vigil.Scan.Analyzers.Configuration;

/// <summary>A web application that never calls <c>UseHttpsRedirection()</c> or <c>UseHsts()</c>; reported once, where the app is built.</summary>
internal sealed class HttpsEnforcementAnalyzer : IScanAnalyzer
{
    public static readonly RuleDescriptor Rule = new(
        "VG4206",
        "HTTPS redirection or HSTS absent",
        "Configuration",
        ThreatLevel.Low,
        "CWE-319",
        "API8:2023",
        "Call app.UseHttpsRedirection() and, outside development, app.UseHsts(); if TLS ends at a proxy, enforce it there and say so in a comment.");

    public RuleDescriptor Descriptor => Rule;

    // Syntax before binding: only a builder-looking receiver is worth asking the semantic model about.
    private static bool LooksLikeWebBuilder(ExpressionSyntax receiver) =>
        receiver.ToString() is var text && (text.Contains("builder", StringComparison.OrdinalIgnoreCase) || text.Contains("CreateBuilder", StringComparison.Ordinal));

    public IEnumerable<Finding> Analyze(ScanContext context)
    {
        InvocationExpressionSyntax? build = null;
        var https = false;
        var hsts = false;
        foreach (var call in context.Workspace.Index.Invocations)
        {
            switch (Vigil.Scan.Endpoints.CallSites.NameOf(call.Expression))
            {
                case "UseHttpsRedirection":
                    https = true;
                    break;
                case "UseHsts":
                    hsts = true;
                    break;
                case "Build" when build is null && call.Expression is MemberAccessExpressionSyntax { Expression: var receiver } && LooksLikeWebBuilder(receiver)
                    && context.Workspace.Model(call.SyntaxTree).GetTypeInfo(receiver).Type?.Name == "WebApplicationBuilder":
                    build = call;
                    break;
            }
        }

        if (build is null || (https && hsts))
        {
            yield break;
        }

        var missing = https ? "UseHsts()" : hsts ? "UseHttpsRedirection()" : "UseHttpsRedirection() and UseHsts()";
        yield return context.Finding(Rule, build.GetLocation(), $"The application never calls {missing}, so clients may talk to it over plain HTTP.");
    }
}
