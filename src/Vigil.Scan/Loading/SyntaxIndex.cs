using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Vigil.Scan.Taint;

namespace Vigil.Scan.Loading;

/// <summary>
/// The syntax nodes every analysis looks for, collected in one walk of each tree (in parallel, kept in file order).
/// Eight analyses walking 800 files each cost more than binding the handlers they find.
/// </summary>
internal sealed class SyntaxIndex
{
    private SyntaxIndex(IReadOnlyList<Part> parts)
    {
        Invocations = [.. parts.SelectMany(p => p.Invocations)];
        Assignments = [.. parts.SelectMany(p => p.Assignments)];
        StringLiterals = [.. parts.SelectMany(p => p.StringLiterals)];
        ObjectCreations = [.. parts.SelectMany(p => p.ObjectCreations)];
        Classes = [.. parts.SelectMany(p => p.Classes)];
        Methods = [.. parts.SelectMany(p => p.Methods)];
        TreesReadingRequest = [.. parts.Where(p => p.ReadsRequest).Select(p => p.Tree)];
    }

    public IReadOnlyList<InvocationExpressionSyntax> Invocations { get; }

    public IReadOnlyList<AssignmentExpressionSyntax> Assignments { get; }

    public IReadOnlyList<LiteralExpressionSyntax> StringLiterals { get; }

    public IReadOnlyList<BaseObjectCreationExpressionSyntax> ObjectCreations { get; }

    public IReadOnlyList<ClassDeclarationSyntax> Classes { get; }

    public IReadOnlyList<BaseMethodDeclarationSyntax> Methods { get; }

    /// <summary>Trees where <see cref="TaintSources.MayReadRequest"/> holds somewhere.</summary>
    public IReadOnlyList<SyntaxTree> TreesReadingRequest { get; }

    public static SyntaxIndex Build(IReadOnlyList<SyntaxTree> trees, ParallelOptions parallel)
    {
        var parts = new Part[trees.Count];
        Parallel.For(0, trees.Count, parallel, i => parts[i] = Part.Of(trees[i]));
        return new SyntaxIndex(parts);
    }

    private sealed class Part(SyntaxTree tree)
    {
        public SyntaxTree Tree { get; } = tree;
        public List<InvocationExpressionSyntax> Invocations { get; } = [];
        public List<AssignmentExpressionSyntax> Assignments { get; } = [];
        public List<LiteralExpressionSyntax> StringLiterals { get; } = [];
        public List<BaseObjectCreationExpressionSyntax> ObjectCreations { get; } = [];
        public List<ClassDeclarationSyntax> Classes { get; } = [];
        public List<BaseMethodDeclarationSyntax> Methods { get; } = [];
        public bool ReadsRequest { get; private set; }

        public static Part Of(SyntaxTree tree)
        {
            var part = new Part(tree);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                switch (node)
                {
                    case InvocationExpressionSyntax call:
                        part.Invocations.Add(call);
                        break;
                    case AssignmentExpressionSyntax assignment:
                        part.Assignments.Add(assignment);
                        break;
                    case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                        part.StringLiterals.Add(literal);
                        break;
                    case BaseObjectCreationExpressionSyntax creation:
                        part.ObjectCreations.Add(creation);
                        break;
                    case ClassDeclarationSyntax type:
                        part.Classes.Add(type);
                        break;
                    case BaseMethodDeclarationSyntax method:
                        part.Methods.Add(method);
                        break;
                    case MemberAccessExpressionSyntax access when !part.ReadsRequest && TaintSources.IsRequestReadSyntax(access):
                        part.ReadsRequest = true;
                        break;
                }
            }

            return part;
        }
    }
}
