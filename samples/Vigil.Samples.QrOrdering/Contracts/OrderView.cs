using Vigil.Samples.QrOrdering.Domain;

namespace Vigil.Samples.QrOrdering.Contracts;

/// <summary>An order as the diner's tracking page and the staff screens show it, customer contact details included.</summary>
public sealed record OrderView(
    int Id,
    OrderStatus Status,
    int RestaurantId,
    string RestaurantName,
    TableView Table,
    CustomerView Customer,
    IReadOnlyList<OrderLineView> Items,
    decimal Subtotal,
    decimal Tax,
    decimal Total,
    string Currency,
    bool IsPaid,
    DateTimeOffset PlacedAt,
    DateTimeOffset UpdatedAt);

public sealed record TableView(int Id, int Number, string Label);

public sealed record CustomerView(int Id, string Name, string Phone, string? Email);

public sealed record OrderLineView(int MenuItemId, string Name, int Quantity, decimal UnitPrice, decimal LineTotal, string? Note);
