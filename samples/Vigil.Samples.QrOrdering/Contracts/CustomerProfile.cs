using Vigil.Samples.QrOrdering.Domain;

namespace Vigil.Samples.QrOrdering.Contracts;

/// <summary>A returning diner's saved details and past orders, used to pre-fill the order form.</summary>
public sealed record CustomerProfile(
    int Id,
    string Name,
    string Phone,
    string? Email,
    DateTimeOffset FirstSeenAt,
    int OrderCount,
    IReadOnlyList<CustomerOrderSummary> RecentOrders);

public sealed record CustomerOrderSummary(
    int Id, int RestaurantId, string RestaurantName, string TableLabel, DateTimeOffset PlacedAt, decimal Total, string Currency, OrderStatus Status);
