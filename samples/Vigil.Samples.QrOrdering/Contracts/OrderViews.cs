using Vigil.Samples.QrOrdering.Data;
using Vigil.Samples.QrOrdering.Domain;

namespace Vigil.Samples.QrOrdering.Contracts;

/// <summary>Joins an order with its restaurant, table and customer for display.</summary>
public sealed class OrderViews(RestaurantCatalog catalog, CustomerStore customers)
{
    public OrderView From(Order order)
    {
        var restaurant = catalog.FindRestaurant(order.RestaurantId);
        var table = catalog.FindTable(order.TableId);
        var customer = customers.Find(order.CustomerId);
        return new OrderView(
            order.Id,
            order.Status,
            order.RestaurantId,
            restaurant?.Name ?? "",
            new TableView(order.TableId, table?.Number ?? 0, table?.Label ?? ""),
            new CustomerView(order.CustomerId, customer?.Name ?? "", customer?.Phone ?? "", customer?.Email),
            order.Lines.Select(l => new OrderLineView(l.MenuItemId, l.Name, l.Quantity, l.UnitPrice, l.LineTotal, l.Note)).ToList(),
            order.Subtotal,
            order.Tax,
            order.Total,
            order.Currency,
            order.IsPaid,
            order.PlacedAt,
            order.UpdatedAt);
    }
}
