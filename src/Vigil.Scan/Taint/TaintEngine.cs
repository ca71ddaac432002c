using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Vigil.Scan.Endpoints;
using Vigil.Scan.Loading;

namespace Vigil.Scan.Taint;

/// <summary>
/// Runs the taint analysis from every endpoint handler (its bound parameters are tainted) and from every other method
/// that reads <c>HttpRequest</c> directly, one <see cref="TaintSession"/> per root, roots in parallel. Calls into the
/// target's own methods are followed with the tainted arguments, so flows through helpers in other files are found.
/// </summary>
/// <remarks>
/// A field one root taints (<c>_last = name</c>) is tainted for every root, which makes roots depend on each other. They
/// run in rounds instead: each round sees the fields the previous rounds tainted, and only the roots that asked about a
/// newly tainted field run again. Hits are merged in root order, so the output is the same at any degree of parallelism.
/// </remarks>
internal sealed class TaintEngine(ScanWorkspace workspace)
{
    public const int MaxRounds = 4;

    /// <summary>Sessions run in the last round (for the benchmark: how much work the rounds cost).</summary>
    public int Sessions { get; private set; }

    public IReadOnlyList<TaintHit> Run(IReadOnlyList<ScanEndpoint> endpoints)
    {
        var roots = Roots(endpoints);
        var sessions = new TaintSession[roots.Count];
        var fields = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        var rerun = Enumerable.Range(0, roots.Count).ToList();
        for (var round = 0; round < MaxRounds && rerun.Count > 0; round++)
        {
            var before = fields.ToHashSet(SymbolEqualityComparer.Default);
            Parallel.ForEach(rerun, workspace.Parallel, i =>
            {
                var session = new TaintSession(workspace, before);
                session.Analyze(roots[i].Body, roots[i].Tainted, roots[i].Endpoint);
                sessions[i] = session;
            });
            Sessions += rerun.Count;

            var added = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
            foreach (var i in rerun)
            {
                added.UnionWith(sessions[i].FieldsTainted.Where(f => !fields.Contains(f)));
            }

            fields.UnionWith(added);
            rerun = added.Count == 0 ? [] : [.. Enumerable.Range(0, roots.Count).Where(i => sessions[i].DependsOn(added))];
        }

        var seen = new HashSet<(int, SinkKind, string)>();
        var hits = new List<TaintHit>();
        foreach (var hit in sessions.SelectMany(s => s.Hits))
        {
            var span = hit.Location.GetLineSpan();
            // A helper reached from two handlers is one flaw, reported with the first endpoint in inventory order.
            if (seen.Add((span.StartLinePosition.Line, hit.Kind, span.Path)))
            {
                hits.Add(hit);
            }
        }

        return hits;
    }

    private List<TaintSession.Root> Roots(IReadOnlyList<ScanEndpoint> endpoints)
    {
        var roots = new List<TaintSession.Root>();
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
            roots.Add(new(syntax, tainted, endpoint.Keys.FirstOrDefault()));
        }

        foreach (var tree in workspace.Index.TreesReadingRequest)
        {
            foreach (var method in tree.GetRoot().DescendantNodes().OfType<BaseMethodDeclarationSyntax>())
            {
                if (!handled.Contains(method) && TaintSources.MayReadRequest(method))
                {
                    roots.Add(new(method, [], null));
                }
            }
        }

        return roots;
    }
}
