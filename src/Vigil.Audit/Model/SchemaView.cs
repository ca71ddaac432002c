using Microsoft.OpenApi;

namespace Vigil.Audit.Model;

/// <summary>One schema node written in the document.</summary>
/// <param name="Name">The property or parameter name it describes, when it describes one.</param>
/// <param name="Use">Where it is used, following <c>$ref</c>s from operations into components.</param>
/// <param name="IsBodyRoot">The top schema of a request or response body (or a component used as one).</param>
internal sealed record SchemaView(IOpenApiSchema Schema, string Pointer, string? Name, SchemaUse Use, bool IsBodyRoot)
{
    public bool Is(JsonSchemaType type) => Schema.Type is { } t && (t & type) == type;

    /// <summary>The schema's type without <c>null</c>, e.g. <c>["string", "null"]</c> → String.</summary>
    public JsonSchemaType? NonNullType => Schema.Type is { } t ? t & ~JsonSchemaType.Null : null;
}
