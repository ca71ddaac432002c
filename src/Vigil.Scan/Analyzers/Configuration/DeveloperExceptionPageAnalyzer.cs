using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Vigil.Core.Findings;

namespace Vigil.Scan.Analyzers.Configuration;

/// <summary><c>UseDeveloperExceptionPage()</c> not guarded by an <c>IsDevelopment()</c> check: stack traces and source in production.</summary>
internal sealed class DeveloperExceptionPageAnalyzer : IScanAnalyzer
{
    public static readonly RuleDescriptor Rule = new(
        "VG4205",
        "Developer exception page outside development",
        "Configuration",
        ThreatLevel.Medium,
        "CWE-209",
        "API8:2023",
        "Call UseDeveloperExceptionPage only inside if (app.Environment.IsDevelopment()); use UseExceptionHandler with problem details elsewhere.");

    public RuleDescriptor Descriptor => Rule;

    public IEnumerable<Finding> Analyze(ScanContext context)
    {
        foreach (var call in context.Workspace.Index.Invocations)
        {
            if (Vigil.Scan.Endpoints.CallSites.NameOf(call.Expression) != "UseDeveloperExceptionPage")
            {
                continue;
            }

            var guarded = call.Ancestors().OfType<IfStatementSyntax>().Any(i => i.Condition.ToString().Contains("IsDevelopment", StringComparison.Ordinal) && !i.Condition.ToString().Contains("!", StringComparison.Ordinal) && i.Statement.Span.Contains(call.Span));
            if (!guarded)
            {
                yield return context.Finding(Rule, call.GetLocation(), "The developer exception page runs in every environment and shows stack traces, source and configuration to any client.");
            }
        }
    }
}
