namespace Vigil.Samples.QrOrdering.Domain;

/// <summary>An order placed from a table. Immutable: status changes replace the record in the store.</summary>
public sealed record Order(
    int Id,
    int RestaurantId,
    int TableId,
    int CustomerId,
    IReadOnlyList<OrderLine> Lines,
    decimal Subtotal,
    decimal Tax,
    decimal Total,
    string Currency,
    OrderStatus Status,
    bool IsPaid,
    DateTimeOffset PlacedAt,
    DateTimeOffset UpdatedAt);
