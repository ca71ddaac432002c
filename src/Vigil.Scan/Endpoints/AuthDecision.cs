using Microsoft.CodeAnalysis;

namespace Vigil.Scan.Endpoints;

/// <summary>The effective authorization of an endpoint and the sentence saying what decided it.</summary>
internal sealed record AuthDecision(EndpointAuth Auth, string Reason)
{
    /// <summary>From an <c>[Authorize]</c>-like attribute: a policy or roles make it <see cref="EndpointAuth.Policy"/>.</summary>
    public static AuthDecision FromAuthorize(AttributeData attribute, string owner)
    {
        var policy = Symbols.StringArg(attribute) ?? Symbols.Named(attribute, "Policy");
        var roles = Symbols.Named(attribute, "Roles");
        var name = attribute.AttributeClass?.Name.Replace("Attribute", "", StringComparison.Ordinal) ?? "Authorize";
        if (policy is null && roles is null)
        {
            return new AuthDecision(EndpointAuth.Authenticated, $"[{name}] on {owner}");
        }

        var detail = policy is not null ? $"Policy = \"{policy}\"" : $"Roles = \"{roles}\"";
        return new AuthDecision(EndpointAuth.Policy, $"[{name}({detail})] on {owner}");
    }

    /// <summary>What applies when nothing on the endpoint says anything.</summary>
    public static AuthDecision Default(GlobalAuthorization global, bool isController)
    {
        if (isController && global.GlobalFilter is { } filter)
        {
            return new AuthDecision(EndpointAuth.Authenticated, $"global AuthorizeFilter at {filter}");
        }

        if (isController && global.ControllersConvention is { } convention)
        {
            return new AuthDecision(global.ControllersConventionIsPolicy ? EndpointAuth.Policy : EndpointAuth.Authenticated, $"MapControllers().RequireAuthorization() at {convention}");
        }

        return global.FallbackPolicy is { } fallback
            ? new AuthDecision(EndpointAuth.Authenticated, $"FallbackPolicy at {fallback}")
            : new AuthDecision(EndpointAuth.Public, "nothing requires authorization: no [Authorize], RequireAuthorization or fallback policy");
    }
}
