namespace Vigil.OpenApi;

/// <summary>The syntax a document was written in.</summary>
public enum SourceFormat
{
    Json,
    Yaml,
}
