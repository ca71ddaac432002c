using Microsoft.CodeAnalysis;
using Vigil.Scan.Loading;

namespace Vigil.Scan.Taint;

/// <summary>
/// The analysis of one root (a handler or a method reading <c>HttpRequest</c>) and the helpers it calls. Each root has its
/// own memo and hits, so roots run on any thread in any order and give the same answer: a session's result depends only on
/// its root and on the fields tainted by earlier rounds (<see cref="TaintEngine"/>), never on what another thread did first.
/// </summary>
internal sealed class TaintSession(ScanWorkspace workspace, IReadOnlySet<ISymbol> fieldsBefore)
{
    public const int MaxCallDepth = 4;

    private readonly Dictionary<(IMethodSymbol, long), bool> _summaries = new(new SummaryComparer());
    private readonly HashSet<ISymbol> _fieldsTainted = new(SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> _fieldsAsked = new(SymbolEqualityComparer.Default);
    private readonly HashSet<(int, SinkKind, string)> _seen = [];

    public List<TaintHit> Hits { get; } = [];

    /// <summary>Fields and properties this root tainted that earlier rounds had not.</summary>
    public IReadOnlySet<ISymbol> FieldsTainted => _fieldsTainted;

    /// <summary>Whether a field tainted later by another root could change this root's result.</summary>
    public bool DependsOn(IReadOnlySet<ISymbol> newFields) =>
        (AskedWhetherAnyField && fieldsBefore.Count == 0 && newFields.Count > 0) || _fieldsAsked.Overlaps(newFields);

    private bool AskedWhetherAnyField { get; set; }

    public SemanticCache Semantics => workspace.Semantics;

    public bool HasTaintedFields
    {
        get
        {
            AskedWhetherAnyField = true;
            return fieldsBefore.Count > 0 || _fieldsTainted.Count > 0;
        }
    }

    public bool IsFieldTainted(ISymbol symbol)
    {
        if (fieldsBefore.Contains(symbol) || _fieldsTainted.Contains(symbol))
        {
            return true;
        }

        _fieldsAsked.Add(symbol);
        return false;
    }

    public bool TaintField(ISymbol symbol) => !fieldsBefore.Contains(symbol) && _fieldsTainted.Add(symbol);

    public void Analyze(SyntaxNode body, IEnumerable<ISymbol> tainted, string? endpoint) =>
        new MethodTaint(this, workspace.Model(body.SyntaxTree), body, tainted, endpoint, 0).Analyze();

    public void Report(TaintHit hit)
    {
        var span = hit.Location.GetLineSpan();
        // One finding per line and kind: Type.GetType(x) feeding Activator.CreateInstance on the same line is one flaw.
        if (_seen.Add((span.StartLinePosition.Line, hit.Kind, span.Path)))
        {
            Hits.Add(hit);
        }
    }

    /// <summary>Whether <paramref name="method"/> returns request data when the parameters in <paramref name="mask"/> carry it; reports sinks inside it.</summary>
    public bool CallReturnsTaint(IMethodSymbol method, long mask, string? endpoint, int depth)
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

    /// <summary>A root to analyse: a body, its tainted parameters and the endpoint it serves.</summary>
    public sealed record Root(SyntaxNode Body, IReadOnlyList<ISymbol> Tainted, string? Endpoint);

    private sealed class SummaryComparer : IEqualityComparer<(IMethodSymbol, long)>
    {
        public bool Equals((IMethodSymbol, long) x, (IMethodSymbol, long) y) => x.Item2 == y.Item2 && SymbolEqualityComparer.Default.Equals(x.Item1, y.Item1);

        public int GetHashCode((IMethodSymbol, long) obj) => HashCode.Combine(SymbolEqualityComparer.Default.GetHashCode(obj.Item1), obj.Item2);
    }
}
