namespace Vigil.Scan.Spec;

/// <summary>One operation of an OpenAPI document: method, path (server base path included) and the line it is declared on.</summary>
public sealed record SpecOperation(string Method, string Route, int Line);
