namespace Vigil.Samples.QrOrdering.Domain;

/// <summary>A restaurant employee who can sign in to the staff screens of exactly one restaurant.</summary>
public sealed record StaffMember(int Id, int RestaurantId, string Name, string Email, StaffRole Role);
