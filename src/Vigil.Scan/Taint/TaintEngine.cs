using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Vigil.Scan.Endpoints;
using Vigil.Scan.Loading;

namespace Vigil.Scan.Taint;

/// <summary>
/// Runs the taint analysis from every endpoint handler (its bound parameters are tainted) and from every other method
/// that reads <c>HttpRequest</c> directly. Calls into the target's own methods are followed with the tainted arguments
/// (memoised per method and tainted-parameter set, depth-bounded), so flows through helpers in other files are found.
/// </summary>
internal sealed class TaintEngine(ScanWorkspace workspace)
{
    public const int MaxCallDepth = 4;

    private readonly Dictionary<(IMethodSymbol, long), bool> _summaries = new(new SummaryComparer());
    private readonly HashSet<ISymbol> _taintedFields = new(SymbolEqualityComparer.Default);
    private readonly List<TaintHit> _hits = [];
    private readonly HashSet<(int, SinkKind, string)> _seen = [];

    public IReadOnlyList<TaintHit> Run(IReadOnlyList<ScanEndpoint> endpoints)
    {
        var handled = new HashSet<SyntaxNode>();
        foreach (var endpoint in endpoints)
        {
            if (endpoint.HandlerSyntax is not { } syntax || endpoint.HandlerSymbol is not { } handler || !handled.Add(syntax))
            {
                continue;
            }

            var bound = endpoint.Parameters.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
            // An int id cannot carry an injection: leaving it out lets a handler with only such parameters skip binding entirely.
            var tainted = handler.Parameters
                .Where(p => (bound.Contains(p.Name) || p.GetAttributes().Any(a => a.AttributeClass?.Name == "AsParametersAttribute")) && !TaintSources.IsInert(p.Type))
                .Select(p => (ISymbol)p).ToList();
            new MethodTaint(this, workspace.Model(syntax.SyntaxTree), syntax, tainted, endpoint.Keys.FirstOrDefault(), 0).Analyze();
        }

        foreach (var tree in workspace.Index.TreesReadingRequest)
        {
            var model = workspace.Model(tree);
            foreach (var method in tree.GetRoot().DescendantNodes().OfType<BaseMethodDeclarationSyntax>())
            {
                if (!handled.Contains(method) && TaintSources.MayReadRequest(method))
                {
                    new MethodTaint(this, model, method, [], null, 0).Analyze();
                }
            }
        }

        return _hits;
    }

    internal SemanticModel Model(SyntaxTree tree) => workspace.Model(tree);

    internal bool HasTaintedFields => _taintedFields.Count > 0;

    internal bool IsFieldTainted(ISymbol symbol) => _taintedFields.Contains(symbol);

    internal bool TaintField(ISymbol symbol) => _taintedFields.Add(symbol);

    internal void Report(TaintHit hit)
    {
        var span = hit.Location.GetLineSpan();
        // One finding per line and kind: Type.GetType(x) feeding Activator.CreateInstance on the same line is one flaw.
        if (_seen.Add((span.StartLinePosition.Line, hit.Kind, span.Path)))
        {
            _hits.Add(hit);
        }
    }

    /// <summary>Whether <paramref name="method"/> returns request data when the parameters in <paramref name="mask"/> carry it; reports sinks inside it.</summary>
    internal bool CallReturnsTaint(IMethodSymbol method, long mask, string? endpoint, int depth)
    {
        method = method.ReducedFrom ?? method;
        var key = (method.OriginalDefinition, mask);
        if (_summaries.TryGetValue(key, out var known))
        {
            return known;
        }

        if (depth >= MaxCallDepth || method.DeclaringSyntaxReferences.FirstOrDefault()?.GetSyntax() is not { } syntax)
        {
            return mask != 0;
        }

        _summaries[key] = false; // recursion guard: a cycle contributes nothing new
        var tainted = method.Parameters.Where(p => p.Ordinal < 64 && (mask & (1L << p.Ordinal)) != 0).Select(p => (ISymbol)p).ToList();
        var result = new MethodTaint(this, workspace.Model(syntax.SyntaxTree), syntax, tainted, endpoint, depth + 1).Analyze();
        _summaries[key] = result;
        return result;
    }

    private sealed class SummaryComparer : IEqualityComparer<(IMethodSymbol, long)>
    {
        public bool Equals((IMethodSymbol, long) x, (IMethodSymbol, long) y) => x.Item2 == y.Item2 && SymbolEqualityComparer.Default.Equals(x.Item1, y.Item1);

        public int GetHashCode((IMethodSymbol, long) obj) => HashCode.Combine(SymbolEqualityComparer.Default.GetHashCode(obj.Item1), obj.Item2);
    }
}
