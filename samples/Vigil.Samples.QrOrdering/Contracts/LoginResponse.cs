using Vigil.Samples.QrOrdering.Domain;

namespace Vigil.Samples.QrOrdering.Contracts;

/// <summary>A staff session: send <see cref="Token"/> as <c>Authorization: Bearer …</c> until <see cref="ExpiresAt"/>.</summary>
public sealed record LoginResponse(string Token, DateTimeOffset ExpiresAt, int RestaurantId, string Name, StaffRole Role);
