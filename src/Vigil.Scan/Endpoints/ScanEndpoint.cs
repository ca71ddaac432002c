using Microsoft.CodeAnalysis;
using Vigil.Core.Findings;

namespace Vigil.Scan.Endpoints;

/// <summary>
/// One HTTP endpoint found in source: methods, full route (prefixes combined, constraints removed), handler, where it is,
/// its bound parameters (services excluded), response types and the authorization that applies, with the reason.
/// </summary>
public sealed record ScanEndpoint
{
    public required IReadOnlyList<string> Methods { get; init; }

    /// <summary>Template as traffic and OpenAPI name it: <c>/api/orders/{id}</c> (no <c>:int</c>, <c>?</c>, defaults or <c>*</c>).</summary>
    public required string Route { get; init; }

    /// <summary><c>OrdersController.GetById</c>, or <c>lambda in Program.&lt;Main&gt;</c>.</summary>
    public required string Handler { get; init; }

    public required SourceLocation Source { get; init; }

    public required EndpointAuth Auth { get; init; }

    /// <summary>Which attribute, group convention or fallback policy decided <see cref="Auth"/>, with its place.</summary>
    public required string AuthReason { get; init; }

    public IReadOnlyList<ScanParameter> Parameters { get; init; } = [];

    public IReadOnlyList<string> ResponseTypes { get; init; } = [];

    /// <summary>Controller action or minimal-API delegate; the taint and endpoint analyzers start here.</summary>
    internal IMethodSymbol? HandlerSymbol { get; init; }

    /// <summary>The symbols behind <see cref="ResponseTypes"/>, for the analyzers that look inside them.</summary>
    internal IReadOnlyList<ITypeSymbol> ResponseTypeSymbols { get; init; } = [];

    /// <summary>The lambda or method body, when in source.</summary>
    internal SyntaxNode? HandlerSyntax { get; init; }

    public IEnumerable<string> Keys => Methods.Select(m => $"{m} {Route}");
}

/// <summary>A bound handler parameter: its name, where the value comes from and its C# type.</summary>
public sealed record ScanParameter(string Name, ParameterSource Source, string Type);

/// <summary>Where ASP.NET Core binds a parameter from; services and framework objects are never listed.</summary>
public enum ParameterSource
{
    Route,
    Query,
    Body,
    Header,
    Form,
}

/// <summary>Effective authorization: anyone, any signed-in user, or a named policy/roles.</summary>
public enum EndpointAuth
{
    Public,
    Authenticated,
    Policy,
}
