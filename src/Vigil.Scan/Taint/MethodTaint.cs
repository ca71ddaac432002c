using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Vigil.Scan.Taint;

/// <summary>
/// Taint inside one method body (or lambda): which locals, parameters and fields hold request data, found by repeating
/// the assignments until nothing changes (flow-insensitive, so a loop or a later branch cannot hide a flow); then every
/// sink is checked and every call into the target's own code is followed. Returns whether the method returns taint.
/// </summary>
internal sealed class MethodTaint(TaintSession engine, SemanticModel model, SyntaxNode body, IEnumerable<ISymbol> taintedParameters, string? endpoint, int depth)
{
    private const int MaxPasses = 6;
    private static readonly HashSet<string> Collectors = ["Append", "AppendLine", "AppendFormat", "Insert", "Add", "AddRange", "Push", "Enqueue", "Write", "WriteLine", "Replace"];
    private static readonly HashSet<string> Sanitizers = ["GetFileName", "GetFileNameWithoutExtension", "IsLocalUrl", "LocalRedirect", "Escape", "EscapeLdap", "Count", "Any", "Contains", "GetHashCode", "Length"];

    private readonly HashSet<ISymbol> _tainted = new(taintedParameters, SymbolEqualityComparer.Default);
    private readonly HashSet<ISymbol> _guarded = new(SymbolEqualityComparer.Default);
    private readonly Dictionary<ExpressionSyntax, bool> _memo = [];

    public bool Analyze()
    {
        // Nothing tainted in, no request read inside: no sink here can fire and no call can carry taint on.
        if (_tainted.Count == 0 && !engine.HasTaintedFields && !TaintSources.MayReadRequest(body))
        {
            return false;
        }

        var nodes = body.DescendantNodes().ToList();
        FindGuards(nodes);
        for (var pass = 0; pass < MaxPasses; pass++)
        {
            _memo.Clear();
            if (!Propagate(nodes))
            {
                break;
            }
        }

        _memo.Clear();

        var returnsTaint = false;
        foreach (var node in nodes)
        {
            switch (node)
            {
                case InvocationExpressionSyntax call:
                    CheckCall(call);
                    break;
                case BaseObjectCreationExpressionSyntax creation:
                    CheckCreation(creation);
                    break;
                case AssignmentExpressionSyntax assignment:
                    CheckSet(assignment);
                    break;
                case ReturnStatementSyntax { Expression: { } returned } when !InNestedLambda(node):
                    returnsTaint |= IsTainted(returned);
                    break;
                case ArrowExpressionClauseSyntax arrow when arrow.Parent == body:
                    returnsTaint |= IsTainted(arrow.Expression);
                    break;
            }
        }

        if (body is LambdaExpressionSyntax { ExpressionBody: { } expressionBody })
        {
            returnsTaint |= IsTainted(expressionBody);
        }

        return returnsTaint;
    }

    // if (!Url.IsLocalUrl(returnUrl)) … : the value was checked, so a redirect to it is not open.
    private void FindGuards(List<SyntaxNode> nodes)
    {
        foreach (var call in nodes.OfType<InvocationExpressionSyntax>())
        {
            if (CallSitesName(call) is "IsLocalUrl" && call.ArgumentList.Arguments.FirstOrDefault()?.Expression is IdentifierNameSyntax id && Symbol(id) is { } guarded)
            {
                _guarded.Add(guarded);
            }
        }
    }

    private bool Propagate(List<SyntaxNode> nodes)
    {
        var changed = false;
        foreach (var node in nodes)
        {
            switch (node)
            {
                case VariableDeclaratorSyntax { Initializer.Value: var value } declarator when IsTainted(value):
                    changed |= Taint(model.GetDeclaredSymbol(declarator));
                    break;
                case AssignmentExpressionSyntax assignment when IsTainted(assignment.Right):
                    changed |= TaintTarget(assignment.Left);
                    break;
                case ForEachStatementSyntax loop when IsTainted(loop.Expression):
                    changed |= Taint(model.GetDeclaredSymbol(loop));
                    break;
                case InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax member } call
                    when Collectors.Contains(member.Name.Identifier.Text) && !IsParameterCollection(member.Expression) && call.ArgumentList.Arguments.Any(a => IsTainted(a.Expression)):
                    changed |= TaintTarget(FluentRoot(member.Expression));
                    break;
                case ArgumentSyntax { RefKindKeyword.RawKind: (int)SyntaxKind.OutKeyword, Parent.Parent: InvocationExpressionSyntax outCall } outArgument
                    when outCall.ArgumentList.Arguments.Any(a => a != outArgument && IsTainted(a.Expression)):
                    changed |= outArgument.Expression is DeclarationExpressionSyntax { Designation: SingleVariableDesignationSyntax d }
                        ? Taint(model.GetDeclaredSymbol(d)) : TaintTarget(outArgument.Expression);
                    break;
            }
        }

        return changed;
    }

    private bool TaintTarget(ExpressionSyntax target)
    {
        var symbol = Symbol(target);
        var changed = Taint(symbol);
        // dto.Name = tainted taints the object too, so dto passed on carries it.
        if (target is MemberAccessExpressionSyntax { Expression: var owner } && owner is not ThisExpressionSyntax)
        {
            changed |= Taint(Symbol(owner));
        }

        return changed;
    }

    // cmd.Parameters.AddWithValue(…, name) and psi.ArgumentList.Add(name) are the safe forms: they keep the value apart.
    private static bool IsParameterCollection(ExpressionSyntax e) => e is MemberAccessExpressionSyntax { Name.Identifier.Text: "Parameters" or "ArgumentList" };

    // sb.Append("a").Append(name): the builder at the root of the chain is what holds the data.
    private static ExpressionSyntax FluentRoot(ExpressionSyntax e)
    {
        while (e is InvocationExpressionSyntax { Expression: MemberAccessExpressionSyntax inner })
        {
            e = inner.Expression;
        }

        return e;
    }

    private bool Taint(ISymbol? symbol) => symbol switch
    {
        null => false,
        IFieldSymbol or IPropertySymbol => engine.TaintField(symbol),
        _ => _tainted.Add(symbol),
    };

    public bool IsTainted(ExpressionSyntax e) => IsTainted(e, 0);

    // Structure first, type last: asking for an expression's type binds it, and most expressions are never tainted.
    private bool IsTainted(ExpressionSyntax e, int level)
    {
        if (level > 40)
        {
            return false;
        }

        if (_memo.TryGetValue(e, out var known))
        {
            return known;
        }

        var result = Carries(e, level) && !Inert(e);
        _memo[e] = result;
        return result;
    }

    private bool Carries(ExpressionSyntax e, int level)
    {
        switch (e)
        {
            case LiteralExpressionSyntax or TypeOfExpressionSyntax or AnonymousFunctionExpressionSyntax or DefaultExpressionSyntax:
                return false;
            case ParenthesizedExpressionSyntax p:
                return IsTainted(p.Expression, level + 1);
            case CastExpressionSyntax c:
                return IsTainted(c.Expression, level + 1);
            case AwaitExpressionSyntax a:
                return IsTainted(a.Expression, level + 1);
            case PostfixUnaryExpressionSyntax { OperatorToken.Text: "!" } n:
                return IsTainted(n.Operand, level + 1);
            case InterpolatedStringExpressionSyntax s:
                return s.Contents.OfType<InterpolationSyntax>().Any(i => IsTainted(i.Expression, level + 1));
            case BinaryExpressionSyntax b when b.IsKind(SyntaxKind.AddExpression) || b.IsKind(SyntaxKind.CoalesceExpression):
                return IsTainted(b.Left, level + 1) || IsTainted(b.Right, level + 1);
            case BinaryExpressionSyntax:
                return false;
            case ConditionalExpressionSyntax c:
                return IsTainted(c.WhenTrue, level + 1) || IsTainted(c.WhenFalse, level + 1);
            case SwitchExpressionSyntax s:
                return s.Arms.Any(a => IsTainted(a.Expression, level + 1));
            case IdentifierNameSyntax id:
                return Symbol(id) is { } symbol && !_guarded.Contains(symbol)
                    && (_tainted.Contains(symbol) || (symbol is IFieldSymbol or IPropertySymbol && engine.IsFieldTainted(symbol)));
            case MemberAccessExpressionSyntax m:
                if (Sanitizers.Contains(m.Name.Identifier.Text))
                {
                    return false;
                }

                return TaintSources.IsRequestRead(m, engine.Semantics) || IsTainted(m.Expression, level + 1)
                    || (Symbol(m) is IFieldSymbol or IPropertySymbol && engine.IsFieldTainted(Symbol(m)!));
            case ElementAccessExpressionSyntax x:
                return IsTainted(x.Expression, level + 1);
            case ConditionalAccessExpressionSyntax c:
                return IsTainted(c.Expression, level + 1);
            case InvocationExpressionSyntax call:
                return CallIsTainted(call, level);
            case BaseObjectCreationExpressionSyntax creation:
                return ((creation.ArgumentList?.Arguments.Any(a => IsTainted(a.Expression, level + 1)) ?? false)
                    || (creation.Initializer?.Expressions.Any(x => IsTainted(x is AssignmentExpressionSyntax a ? a.Right : x, level + 1)) ?? false));
            case CollectionExpressionSyntax c:
                return c.Elements.OfType<ExpressionElementSyntax>().Any(x => IsTainted(x.Expression, level + 1));
            case ImplicitArrayCreationExpressionSyntax a:
                return a.Initializer.Expressions.Any(x => IsTainted(x, level + 1));
            case ArrayCreationExpressionSyntax { Initializer: { } i }:
                return i.Expressions.Any(x => IsTainted(x, level + 1));
            default:
                return false;
        }
    }

    private bool CallIsTainted(InvocationExpressionSyntax call, int level)
    {
        var name = CallSitesName(call);
        if (name is not null && Sanitizers.Contains(name))
        {
            return false;
        }

        var method = Symbol(call) as IMethodSymbol;
        var args = call.ArgumentList.Arguments;
        if (method is not null && method.DeclaringSyntaxReferences.Length > 0 && !method.IsAbstract)
        {
            var mask = 0L;
            var definition = method.ReducedFrom ?? method;
            var offset = method.ReducedFrom is not null ? 1 : 0;
            if (offset == 1 && call.Expression is MemberAccessExpressionSyntax receiver && IsTainted(receiver.Expression, level + 1))
            {
                mask |= 1;
            }

            for (var i = 0; i < args.Count; i++)
            {
                var parameter = args[i].NameColon is { } named ? definition.Parameters.FirstOrDefault(p => p.Name == named.Name.Identifier.Text) : i + offset < definition.Parameters.Length ? definition.Parameters[i + offset] : definition.Parameters.LastOrDefault();
                if (parameter is not null && IsTainted(args[i].Expression, level + 1))
                {
                    mask |= 1L << Math.Min(parameter.Ordinal, 62);
                }
            }

            var instanceTainted = offset == 0 && call.Expression is MemberAccessExpressionSyntax { Expression: var owner } && owner is not ThisExpressionSyntax && IsTainted(owner, level + 1);
            return engine.CallReturnsTaint(definition, mask, endpoint, depth) || instanceTainted;
        }

        // Library call: request data in, request data out (string.Format, Path.Combine, new Uri(…), ToString()).
        return (call.Expression is MemberAccessExpressionSyntax { Expression: var target } && IsTainted(target, level + 1))
            || args.Any(a => IsTainted(a.Expression, level + 1));
    }

    private void CheckCall(InvocationExpressionSyntax call)
    {
        var name = CallSitesName(call);
        if (name is null)
        {
            return;
        }

        var sinks = SinkCatalog.Named(name).Where(s => s.Shape == SinkShape.Call).ToList();
        var method = Symbol(call) as IMethodSymbol;
        if (sinks.Count == 0 || (method is not null && method.DeclaringSyntaxReferences.Length > 0))
        {
            if (method is not null && method.DeclaringSyntaxReferences.Length > 0)
            {
                _ = CallIsTainted(call, 0); // follow into the helper so sinks inside it are checked with these arguments
            }

            return;
        }

        var receiver = call.Expression is MemberAccessExpressionSyntax m ? m.Expression : null;
        var owners = new[] { method?.ContainingType?.Name, receiver is null ? null : TypeName(receiver), receiver is null ? null : Identifier(receiver) };
        foreach (var sink in sinks.Where(s => owners.Any(o => o is { Length: > 0 } && s.MatchesType(o)) || s.Types.Length == 0))
        {
            CheckArguments(sink, call.ArgumentList.Arguments, call);
        }
    }

    private void CheckCreation(BaseObjectCreationExpressionSyntax creation)
    {
        var type = Type(creation)?.Name;
        if (string.IsNullOrEmpty(type) && creation is ObjectCreationExpressionSyntax { Type: var written })
        {
            type = written is QualifiedNameSyntax q ? q.Right.Identifier.Text : written.ToString();
        }

        if (type is null)
        {
            return;
        }

        foreach (var sink in SinkCatalog.Named(type).Where(s => s.Shape == SinkShape.New))
        {
            if (creation.ArgumentList is { } list)
            {
                CheckArguments(sink, list.Arguments, creation);
            }
        }
    }

    private void CheckSet(AssignmentExpressionSyntax assignment)
    {
        var (name, owner) = assignment.Left switch
        {
            MemberAccessExpressionSyntax m => (m.Name.Identifier.Text, TypeName(m.Expression)),
            IdentifierNameSyntax id when assignment.Parent is InitializerExpressionSyntax { Parent: BaseObjectCreationExpressionSyntax creation } =>
                (id.Identifier.Text, Type(creation)?.Name ?? (creation as ObjectCreationExpressionSyntax)?.Type.ToString()),
            _ => (null, null),
        };
        if (name is null)
        {
            return;
        }

        foreach (var sink in SinkCatalog.Named(name).Where(s => s.Shape == SinkShape.Set && (s.MatchesType(owner) || (owner is null && s.OnUnresolved))))
        {
            if (IsTainted(assignment.Right))
            {
                Report(sink, assignment.Right);
            }
        }
    }

    private void CheckArguments(SinkSpec sink, SeparatedSyntaxList<ArgumentSyntax> args, SyntaxNode site)
    {
        foreach (var index in sink.Arguments)
        {
            if (index >= args.Count || args[index].NameColon is not null && index > 0)
            {
                continue;
            }

            var argument = args[index].Expression;
            if (sink.InterpolationIsSafe && argument is InterpolatedStringExpressionSyntax)
            {
                continue;
            }

            if (IsTainted(argument))
            {
                Report(sink, argument);
                return;
            }
        }

        _ = site;
    }

    private void Report(SinkSpec sink, ExpressionSyntax argument)
    {
        var text = argument.ToString();
        engine.Report(new TaintHit(sink.Kind, argument.GetLocation(), sink.Display, text.Length > 80 ? text[..77] + "..." : text, endpoint));
    }

    private ISymbol? Symbol(SyntaxNode node) => engine.Semantics.Symbol(node);

    private ITypeSymbol? Type(SyntaxNode node) => engine.Semantics.Type(node);

    private bool Inert(ExpressionSyntax e) => TaintSources.IsInert(Type(e));

    private string? TypeName(ExpressionSyntax e) => Type(e) is { Name.Length: > 0 } t ? t.Name : null;

    // Unresolved receivers (Dapper on a connection from an unrestored package) are judged by what the code calls them.
    private static string? Identifier(ExpressionSyntax e)
    {
        var text = e switch
        {
            IdentifierNameSyntax id => id.Identifier.Text,
            MemberAccessExpressionSyntax m => m.Name.Identifier.Text,
            _ => null,
        };
        if (text is null)
        {
            return null;
        }

        text = text.TrimStart('_');
        return text.Length == 0 ? null : char.ToUpperInvariant(text[0]) + text[1..];
    }

    private static string? CallSitesName(InvocationExpressionSyntax call) => Endpoints.CallSites.NameOf(call.Expression);

    private bool InNestedLambda(SyntaxNode node) => node.Ancestors().TakeWhile(a => a != body).Any(a => a is AnonymousFunctionExpressionSyntax or LocalFunctionStatementSyntax);
}
