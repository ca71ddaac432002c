namespace Vigil.OpenApi;

/// <summary>One thing wrong with a document: where (file, 1-based line and column, JSON pointer) and what.</summary>
/// <param name="Line">0 when the place is unknown.</param>
/// <param name="Pointer">The escaped JSON pointer of the offending node, e.g. <c>/paths/~1pets/get</c>; empty for the root or a syntax error.</param>
public sealed record OpenApiProblem(string File, int Line, int Column, string Pointer, string Message)
{
    /// <summary><c>file:line:column: message</c>, the shape editors and CI logs turn into links.</summary>
    public override string ToString()
    {
        var place = Line > 0 ? $"{File}:{Line}:{Column}" : File;
        var where = Pointer.Length > 0 ? $" (at {Pointer})" : "";
        return $"{place}: {Message}{where}";
    }
}
