namespace Vigil.Core.Endpoints;

/// <summary>An endpoint as the inventory knows it: an HTTP method and a route template.</summary>
public readonly record struct EndpointKey(string Method, string Route)
{
    public override string ToString() => $"{Method} {Route}";
}
