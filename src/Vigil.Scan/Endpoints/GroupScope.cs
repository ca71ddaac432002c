namespace Vigil.Scan.Endpoints;

/// <summary>
/// What the route builder an endpoint is mapped on contributes: the combined <c>MapGroup</c> prefix and the
/// <c>RequireAuthorization</c>/<c>AllowAnonymous</c> conventions of every enclosing group, outermost first.
/// </summary>
internal sealed record GroupScope(string Prefix, IReadOnlyList<AuthConvention> Conventions)
{
    public static GroupScope Root { get; } = new("", []);

    public GroupScope With(AuthConvention convention) => this with { Conventions = [.. Conventions, convention] };
}

/// <summary><c>.RequireAuthorization("Admin")</c> or <c>.AllowAnonymous()</c>, where it was written.</summary>
internal sealed record AuthConvention(bool Anonymous, string? Policy, string Place)
{
    public AuthDecision Decision(string what) => Anonymous
        ? new AuthDecision(EndpointAuth.Public, $"AllowAnonymous() on {what} at {Place}")
        : Policy is null
            ? new AuthDecision(EndpointAuth.Authenticated, $"RequireAuthorization() on {what} at {Place}")
            : new AuthDecision(EndpointAuth.Policy, $"RequireAuthorization({Policy}) on {what} at {Place}");
}
