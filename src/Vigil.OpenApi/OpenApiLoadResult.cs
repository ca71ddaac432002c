using Microsoft.OpenApi;
using Vigil.OpenApi.Loading;
using Vigil.OpenApi.Positions;

namespace Vigil.OpenApi;

/// <summary>
/// What <see cref="OpenApiDocumentLoader"/> read: the model (null only when the file could not be read or parsed at
/// all), every error and warning at once with file/line/column, and where each node of the file sits.
/// </summary>
public sealed record OpenApiLoadResult
{
    /// <summary>The file as the user named it.</summary>
    public required string File { get; init; }

    public OpenApiDocument? Document { get; init; }

    /// <summary>Problems that make the document invalid: a non-zero exit for a command.</summary>
    public IReadOnlyList<OpenApiProblem> Errors { get; init; } = [];

    /// <summary>Problems worth a look that do not stop the document being used.</summary>
    public IReadOnlyList<OpenApiProblem> Warnings { get; init; } = [];

    /// <summary>Line and column of every node, by JSON pointer.</summary>
    public required PositionIndex Positions { get; init; }

    /// <summary>The <c>swagger</c>/<c>openapi</c> version the file declares, e.g. <c>3.1.0</c>; null when unreadable.</summary>
    public string? Version { get; init; }

    public SourceFormat Format { get; init; }

    /// <summary>True when there is a document and no errors.</summary>
    public bool Succeeded => Document is not null && Errors.Count == 0;
}
