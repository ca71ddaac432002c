using System.Text.Json.Nodes;
using Vigil.OpenApi.Loading;
using Vigil.OpenApi.Positions;

namespace Vigil.OpenApi;

/// <summary>
/// Any JSON or YAML file (a ruleset, a config) read the way OpenAPI documents are: nodes, the line and column of each,
/// or one syntax error with its position. For files that sit beside a spec and deserve the same error messages.
/// </summary>
public static class StructuredFile
{
    public static StructuredFileResult Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (SourceFile.Read(path, out var bytes) is { } problem)
        {
            return new(null, PositionIndex.Empty(path), problem);
        }

        var parsed = SourceFile.Parse(path, bytes);
        return new(parsed.Root, parsed.Positions, parsed.Error);
    }
}

/// <param name="Error">Null when <paramref name="Root"/> was read.</param>
public sealed record StructuredFileResult(JsonNode? Root, PositionIndex Positions, OpenApiProblem? Error);
