namespace Vigil.Protocol;

/// <summary>Names both sides of the wire agree on.</summary>
public static class ProtocolConstants
{
    public const string IngestPath = "/v1/ingest";

    /// <summary>Header carrying an ingest or read key.</summary>
    public const string KeyHeader = "X-Vigil-Key";

    public const string JsonContentType = "application/json";

    public const string ProblemContentType = "application/problem+json";
}
