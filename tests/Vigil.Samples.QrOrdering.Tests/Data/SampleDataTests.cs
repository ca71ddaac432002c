using Vigil.Samples.QrOrdering.Data.Seeding;

namespace Vigil.Samples.QrOrdering.Tests.Data;

public sealed class SampleDataTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 21, 19, 30, 0, TimeSpan.Zero);
    private static readonly Lazy<SampleData> Data = new(() => SampleData.Generate(SampleSeed.Default, Now));

    [Fact]
    public void SameSeed_GeneratesTheSameWorld()
    {
        var again = SampleData.Generate(SampleSeed.Default, Now);

        Assert.Equal(Data.Value.Catalog.Restaurants, again.Catalog.Restaurants);
        Assert.Equal(Data.Value.Catalog.Tables, again.Catalog.Tables);
        Assert.Equal(Data.Value.Catalog.Staff, again.Catalog.Staff);
        Assert.Equal(Data.Value.Customers, again.Customers);
        Assert.Equal(Data.Value.Orders.Select(o => (o.Id, o.CustomerId, o.Total, o.PlacedAt)), again.Orders.Select(o => (o.Id, o.CustomerId, o.Total, o.PlacedAt)));
    }

    [Fact]
    public void SeededValues_MatchWhatTheReadmePrints()
    {
        var catalog = Data.Value.Catalog;
        string FirstQrToken(int restaurantId) => catalog.Tables.First(t => t.RestaurantId == restaurantId && t.Number == 1).QrToken;

        Assert.Equal(("Udupi Express", "Kochi"), (catalog.Restaurants[0].Name, catalog.Restaurants[0].City));
        Assert.Equal("ae8eb69ehxt8", FirstQrToken(1));
        Assert.Equal("nxqmvrvcr557", FirstQrToken(2));
    }

    [Fact]
    public void Restaurants_AreSpreadOverIndianAndEuropeanCities()
    {
        var restaurants = Data.Value.Catalog.Restaurants;

        Assert.Equal(40, restaurants.Count);
        Assert.InRange(restaurants.Count(r => r.Country == "India"), 15, 30);
        Assert.Contains(restaurants, r => r.Currency == "EUR");
        Assert.Equal(restaurants.Count, restaurants.Select(r => r.Name).Distinct().Count());
    }

    [Fact]
    public void EveryRestaurant_HasTablesWithUniqueQrTokens_AMenuAndThreeStaff()
    {
        var catalog = Data.Value.Catalog;

        Assert.Equal(catalog.Tables.Count, catalog.Tables.Select(t => t.QrToken).Distinct().Count());
        Assert.All(catalog.Restaurants, r =>
        {
            Assert.InRange(catalog.Tables.Count(t => t.RestaurantId == r.Id), 6, 18);
            Assert.Contains(catalog.MenuItems, m => m.RestaurantId == r.Id && m.IsAvailable);
            Assert.Equal(
                [$"manager.{r.Id}@staff.qrdine.example", $"waiter.{r.Id}@staff.qrdine.example", $"kitchen.{r.Id}@staff.qrdine.example"],
                catalog.Staff.Where(s => s.RestaurantId == r.Id).Select(s => s.Email));
        });
    }

    [Fact]
    public void Customers_HaveIndianMobileNumbersAndMostlyEmails()
    {
        var customers = Data.Value.Customers;

        Assert.Equal(300, customers.Count);
        Assert.All(customers, c => Assert.Matches(@"^\+91 98\d{3} \d{5}$", c.Phone));
        Assert.Equal(customers.Count, customers.Select(c => c.Phone).Distinct().Count());
        Assert.InRange(customers.Count(c => c.Email is not null), 200, 290);
    }

    [Fact]
    public void Orders_HaveSequentialIdsFrom1001_InTimeOrder_WithSomeStillOpen()
    {
        var orders = Data.Value.Orders;

        Assert.Equal(Enumerable.Range(1001, 1500), orders.Select(o => o.Id));
        Assert.True(orders.Zip(orders.Skip(1)).All(p => p.First.PlacedAt <= p.Second.PlacedAt));
        Assert.All(orders, o => Assert.InRange(o.PlacedAt, Now.AddDays(-30), Now));
        Assert.Contains(orders, o => o.Status == Domain.OrderStatus.Placed);
        Assert.All(orders, o => Assert.Equal(o.Subtotal + o.Tax, o.Total));
    }
}
