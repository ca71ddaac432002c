using System.Net;
using Vigil.Samples.QrOrdering.Tests.Hosting;

namespace Vigil.Samples.QrOrdering.Tests.Api;

[Collection(SampleAppCollection.Name)]
public sealed class RestaurantStaffEndpointsTests(SampleHostFixture fixture)
{
    private readonly SampleHost _host = fixture.Host;

    [Theory]
    [InlineData("/api/restaurants/3/orders")]
    [InlineData("/api/restaurants/3/reports/daily")]
    public async Task WithoutToken_Returns401WithABearerChallenge(string path)
    {
        var response = await _host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task WithAnUnknownToken_Returns401()
    {
        var response = await _host.SendAsStaffAsync(HttpMethod.Get, "/api/restaurants/3/orders", "made-up-token");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Orders_OwnRestaurant_Returns200WithOnlyThatRestaurantsOrders()
    {
        var token = await _host.LoginAsync(restaurantId: 3, role: "waiter");

        var response = await _host.SendAsStaffAsync(HttpMethod.Get, "/api/restaurants/3/orders?page=1&pageSize=50", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadJsonAsync();
        Assert.True(page.GetProperty("totalCount").GetInt32() > 0);
        Assert.All(page.GetProperty("items").EnumerateArray(), o => Assert.Equal(3, o.GetProperty("restaurantId").GetInt32()));
    }

    [Fact]
    public async Task Orders_FilteredByStatus_ReturnsOnlyThatStatus()
    {
        var token = await _host.LoginAsync(restaurantId: 3);

        var response = await _host.SendAsStaffAsync(HttpMethod.Get, "/api/restaurants/3/orders?status=completed", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.All((await response.ReadJsonAsync()).GetProperty("items").EnumerateArray(),
            o => Assert.Equal("completed", o.GetProperty("status").GetString()));
    }

    [Fact]
    public async Task Orders_UnknownStatus_Returns400()
    {
        var token = await _host.LoginAsync(restaurantId: 3);

        var response = await _host.SendAsStaffAsync(HttpMethod.Get, "/api/restaurants/3/orders?status=2", token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/restaurants/4/orders")]
    [InlineData("/api/restaurants/4/reports/daily")]
    public async Task AnotherRestaurant_Returns403(string path)
    {
        var token = await _host.LoginAsync(restaurantId: 3);

        var response = await _host.SendAsStaffAsync(HttpMethod.Get, path, token);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task DailyReport_OwnRestaurant_SumsTheDay()
    {
        await Orders.PlaceAsync(_host, restaurantId: 3);
        var token = await _host.LoginAsync(restaurantId: 3);

        var response = await _host.SendAsStaffAsync(HttpMethod.Get, "/api/restaurants/3/reports/daily", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.ReadJsonAsync();
        Assert.True(report.GetProperty("orderCount").GetInt32() >= 1);
        Assert.True(report.GetProperty("revenue").GetDecimal() > 0);
        Assert.Equal(KnownData.Catalog.Restaurants.Single(r => r.Id == 3).Currency, report.GetProperty("currency").GetString());
    }
}
