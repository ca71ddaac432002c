namespace Vigil.Protocol.Validation;

public enum IngestReadStatus
{
    Ok,

    /// <summary>Malformed JSON, wrong types, missing or invalid fields: answer 400.</summary>
    Invalid,

    /// <summary>Body or decompressed body above <see cref="ProtocolLimits"/>: answer 413.</summary>
    TooLarge,

    /// <summary>A content encoding other than identity or gzip: answer 415.</summary>
    UnsupportedEncoding,
}

/// <summary>The outcome of reading one ingest request: a valid batch, or why not.</summary>
public sealed record IngestReadResult(IngestReadStatus Status, IngestBatch? Batch, IReadOnlyList<ProtocolError> Errors)
{
    public static IngestReadResult Fail(IngestReadStatus status, string field, string message) =>
        new(status, null, [new ProtocolError(field, message)]);
}
