using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace Vigil.Scan.Loading;

/// <summary>
/// Symbol and type answers per syntax node, shared by every thread and every taint root. Taint asks about the same nodes
/// many times (each propagation pass, each root reaching a shared helper); Roslyn answers a repeat from its bound tree but
/// still rebuilds the answer each time, which was half the taint phase's CPU. An answer depends only on the node, so
/// caching it cannot change a result.
/// </summary>
internal sealed class SemanticCache(Func<SyntaxTree, SemanticModel> models)
{
    private readonly ConcurrentDictionary<SyntaxNode, ISymbol?> _symbols = new();
    private readonly ConcurrentDictionary<SyntaxNode, ITypeSymbol?> _types = new();

    public ISymbol? Symbol(SyntaxNode node) =>
        _symbols.TryGetValue(node, out var known) ? known : _symbols.GetOrAdd(node, models(node.SyntaxTree).GetSymbolInfo(node).Symbol);

    public ITypeSymbol? Type(SyntaxNode node) =>
        _types.TryGetValue(node, out var known) ? known : _types.GetOrAdd(node, models(node.SyntaxTree).GetTypeInfo(node).Type);
}
