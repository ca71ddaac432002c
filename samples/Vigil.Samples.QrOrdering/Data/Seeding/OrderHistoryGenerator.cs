using Bogus;
using Vigil.Samples.QrOrdering.Domain;
using Vigil.Samples.QrOrdering.Ordering;

namespace Vigil.Samples.QrOrdering.Data.Seeding;

/// <summary>Generates a month of past orders with sequential ids, the newest of them still open in the kitchen.</summary>
internal static class OrderHistoryGenerator
{
    public const int FirstOrderId = 1001;
    public const int OrderCount = 1500;

    private static readonly TimeSpan History = TimeSpan.FromDays(30);
    private static readonly TimeSpan OpenWindow = TimeSpan.FromHours(2);
    private static readonly OrderStatus[] OpenStatuses =
        [OrderStatus.Placed, OrderStatus.Accepted, OrderStatus.Preparing, OrderStatus.Served];
    private static readonly string[] Notes =
        ["less spicy", "no onion, no garlic", "extra chutney", "Jain preparation", "no ice", "allergic to peanuts"];

    public static IReadOnlyList<Order> Generate(
        int seed, SampleCatalog catalog, IReadOnlyList<Customer> customers, DateTimeOffset now)
    {
        var random = new Randomizer(seed + 2);
        var restaurants = catalog.Restaurants.ToList();
        var tables = catalog.Tables.GroupBy(t => t.RestaurantId).ToDictionary(g => g.Key, g => g.ToList());
        var menus = catalog.MenuItems.Where(m => m.IsAvailable).ToLookup(m => m.RestaurantId);

        // Squaring a uniform draw crowds orders towards now: tonight is busy, last month is sparse, as in real history.
        var times = Enumerable.Range(0, OrderCount)
            .Select(_ => now - TimeSpan.FromMinutes(2) - History * Math.Pow(random.Double(), 2))
            .Order()
            .ToList();

        var orders = new List<Order>(OrderCount);
        for (var i = 0; i < OrderCount; i++)
        {
            var restaurant = random.ListItem(restaurants);
            var table = random.ListItem(tables[restaurant.Id]);
            // Regulars order far more often than one-off visitors.
            var customer = customers[Math.Min(customers.Count - 1, (int)(Math.Pow(random.Double(), 1.8) * customers.Count))];
            var lines = random.Shuffle(menus[restaurant.Id])
                .Take(random.Number(1, 4))
                .Select(m => new OrderLine(m.Id, m.Name, random.Number(1, 3), m.Price, random.Bool(0.1f) ? random.ArrayElement(Notes) : null))
                .ToList();
            var price = OrderPricing.Price(lines, restaurant.TaxRate);
            var placedAt = times[i];
            var status = now - placedAt < OpenWindow
                ? random.ArrayElement(OpenStatuses)
                : random.Bool(0.93f) ? OrderStatus.Completed : OrderStatus.Cancelled;
            var isPaid = status == OrderStatus.Completed || (status == OrderStatus.Served && random.Bool());
            var updatedAt = Min(now, placedAt + TimeSpan.FromMinutes(random.Number(5, 90)));

            orders.Add(new Order(
                FirstOrderId + i, restaurant.Id, table.Id, customer.Id, lines,
                price.Subtotal, price.Tax, price.Total, restaurant.Currency, status, isPaid, placedAt, updatedAt));
        }

        return orders;
    }

    private static DateTimeOffset Min(DateTimeOffset a, DateTimeOffset b) => a < b ? a : b;
}
