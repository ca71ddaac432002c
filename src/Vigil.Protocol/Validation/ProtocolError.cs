namespace Vigil.Protocol.Validation;

/// <summary>One problem with an ingest request: the field it concerns (<c>events[3].request.method</c>) and what is wrong.</summary>
public sealed record ProtocolError(string Field, string Message);
