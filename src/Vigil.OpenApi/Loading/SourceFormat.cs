namespace Vigil.OpenApi.Loading;

/// <summary>The syntax a document was written in.</summary>
public enum SourceFormat
{
    Json,
    Yaml,
}
