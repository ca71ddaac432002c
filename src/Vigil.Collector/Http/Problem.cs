using Vigil.Protocol.Validation;

namespace Vigil.Collector.Http;

/// <summary>An RFC 9457 problem body; <see cref="Errors"/> names every bad field so a sender can fix them all at once.</summary>
public sealed record Problem(string Type, string Title, int Status, string Detail, IReadOnlyList<ProtocolError>? Errors = null);
