using Vigil.Samples.QrOrdering.Contracts;
using Vigil.Samples.QrOrdering.Data;
using Vigil.Samples.QrOrdering.Domain;

namespace Vigil.Samples.QrOrdering.Ordering;

/// <summary>
/// Turns a structurally valid order request into an order: the QR code must name a table, every dish must be on
/// that restaurant's menu and in stock, and the phone number must be dialable. All problems are reported at once.
/// </summary>
public sealed class OrderPlacement(RestaurantCatalog catalog, CustomerStore customers, OrderStore orders, TimeProvider time)
{
    public OrderPlacementResult Place(PlaceOrderRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var table = catalog.FindTableByQrToken(request.TableQrToken!.Trim());
        if (table is null)
        {
            errors["tableQrToken"] = ["This QR code is not linked to a table. Scan the code on your table again."];
        }

        var diner = request.Customer!;
        var phone = PhoneNumbers.Normalize(diner.Phone);
        if (phone is null)
        {
            errors["customer.phone"] = ["Enter a mobile number, for example +91 98765 43210."];
        }

        var lines = new List<OrderLine>();
        for (var i = 0; i < request.Items!.Count; i++)
        {
            var item = request.Items[i];
            var dish = catalog.FindMenuItem(item.MenuItemId);
            if (dish is null || (table is not null && dish.RestaurantId != table.RestaurantId))
            {
                errors[$"items[{i}].menuItemId"] = ["This dish is not on this restaurant's menu."];
            }
            else if (!dish.IsAvailable)
            {
                errors[$"items[{i}].menuItemId"] = [$"{dish.Name} is sold out today."];
            }
            else
            {
                lines.Add(new OrderLine(dish.Id, dish.Name, item.Quantity, dish.Price, item.Note?.Trim()));
            }
        }

        if (errors.Count > 0)
        {
            return OrderPlacementResult.Refused(errors);
        }

        var restaurant = catalog.FindRestaurant(table!.RestaurantId)!;
        var now = time.GetUtcNow();
        var customer = customers.Upsert(diner.Name!.Trim(), phone!, diner.Email?.Trim(), now);
        var price = OrderPricing.Price(lines, restaurant.TaxRate);
        var order = orders.Add(id => new Order(
            id, restaurant.Id, table.Id, customer.Id, lines, price.Subtotal, price.Tax, price.Total,
            restaurant.Currency, OrderStatus.Placed, IsPaid: false, now, now));
        return OrderPlacementResult.Placed(order);
    }
}
