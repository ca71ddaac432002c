using Vigil.Samples.QrOrdering.Data;

namespace Vigil.Samples.QrOrdering.Api;

/// <summary>
/// DELIBERATE FLAW 3 (see README, "Shadow debug endpoint"): added while chasing "missing orders" during launch week
/// and never removed. It is hidden from the API description, is not behind authentication, and dumps raw orders
/// joined with the customer record. Do not copy.
/// </summary>
internal static class DebugEndpoints
{
    public static void MapDebugEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/internal/debug/orders", (int? restaurantId, OrderStore orders, CustomerStore customers, RestaurantCatalog catalog) =>
                orders.Where(o => restaurantId is null || o.RestaurantId == restaurantId)
                    .Select(o => new { order = o, customer = customers.Find(o.CustomerId), table = catalog.FindTable(o.TableId) }))
            .ExcludeFromDescription();
    }
}
