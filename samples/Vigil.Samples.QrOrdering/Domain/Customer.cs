namespace Vigil.Samples.QrOrdering.Domain;

/// <summary>A diner, identified by phone number: the platform creates one the first time a number orders.</summary>
public sealed record Customer(int Id, string Name, string Phone, string? Email, DateTimeOffset FirstSeenAt);
