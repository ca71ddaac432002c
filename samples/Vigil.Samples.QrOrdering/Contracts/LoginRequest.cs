namespace Vigil.Samples.QrOrdering.Contracts;

public sealed record LoginRequest(string? Email, string? Password);
