namespace Vigil.OpenApi.Validation;

/// <summary>An operation as the spec documents it: <c>GET</c>, <c>/orders/{id}</c>, and whether it is deprecated.</summary>
public sealed record DocumentedOperation(string Method, string Route, bool Deprecated);
