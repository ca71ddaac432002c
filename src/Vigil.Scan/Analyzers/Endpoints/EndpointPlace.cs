using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;
using Vigil.Scan.Endpoints;

namespace Vigil.Scan.Analyzers.Endpoints;

/// <summary>The Roslyn location of an endpoint's handler, for findings that point at the endpoint rather than a line inside it.</summary>
internal static class EndpointPlace
{
    public static Location Of(ScanEndpoint e)
    {
        if (e.HandlerSymbol?.Locations.FirstOrDefault(l => l.IsInSource) is { } symbolPlace
            && symbolPlace.GetLineSpan().StartLinePosition.Line + 1 == e.Source.Line && symbolPlace.SourceTree?.FilePath == e.Source.File)
        {
            return symbolPlace;
        }

        if (e.HandlerSyntax is { } syntax && syntax.SyntaxTree.FilePath == e.Source.File)
        {
            var text = syntax.SyntaxTree.GetText();
            var line = Math.Clamp(e.Source.Line - 1, 0, text.Lines.Count - 1);
            var start = text.Lines[line].Start + Math.Max(0, e.Source.Column - 1);
            return Location.Create(syntax.SyntaxTree, new TextSpan(Math.Min(start, text.Lines[line].End), 0));
        }

        return e.HandlerSymbol?.Locations.FirstOrDefault(l => l.IsInSource) ?? Location.None;
    }
}
