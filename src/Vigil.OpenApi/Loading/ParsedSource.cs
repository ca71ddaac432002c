using System.Text.Json.Nodes;
using Vigil.OpenApi.Positions;

namespace Vigil.OpenApi.Loading;

/// <summary>A file read into JSON nodes with the position of every node, or the syntax error that stopped it.</summary>
internal sealed record ParsedSource(JsonNode? Root, PositionIndex Positions, SourceFormat Format, OpenApiProblem? Error);
