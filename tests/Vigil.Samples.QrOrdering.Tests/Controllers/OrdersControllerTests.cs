using System.Net;
using System.Net.Http.Json;
using Vigil.Samples.QrOrdering.Tests.Hosting;

namespace Vigil.Samples.QrOrdering.Tests.Controllers;

[Collection(SampleAppCollection.Name)]
public sealed class OrdersControllerTests(SampleHostFixture fixture)
{
    private readonly SampleHost _host = fixture.Host;

    [Theory]
    [InlineData(1001)]
    [InlineData(1002)]
    [InlineData(2500)]
    public async Task Flaw1_AnyoneCanReadAnyOrderByWalkingSequentialIds(int id)
    {
        var response = await _host.Client.GetAsync($"/api/orders/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var order = await response.ReadJsonAsync();
        Assert.Equal(id, order.GetProperty("id").GetInt32());
        Assert.Matches(@"^\+91 98\d{3} \d{5}$", order.GetProperty("customer").GetProperty("phone").GetString());
        Assert.False(string.IsNullOrWhiteSpace(order.GetProperty("customer").GetProperty("name").GetString()));
        Assert.Matches(@"^(Table|Terrace) \d+$", order.GetProperty("table").GetProperty("label").GetString());
    }

    [Fact]
    public async Task GetOrder_UnknownId_Returns404ProblemDetails()
    {
        var response = await _host.Client.GetAsync("/api/orders/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PlaceOrder_Returns201WithTheNextSequentialId()
    {
        var first = await _host.Client.PostAsJsonAsync("/api/orders", Orders.ValidRequest(restaurantId: 2));
        var second = await _host.Client.PostAsJsonAsync("/api/orders", Orders.ValidRequest(restaurantId: 2));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        var firstId = (await first.ReadJsonAsync()).GetProperty("id").GetInt32();
        var secondOrder = await second.ReadJsonAsync();
        Assert.True(firstId > 2500, "new orders continue after the 1,500 seeded ones (1001-2500)");
        Assert.Equal(firstId + 1, secondOrder.GetProperty("id").GetInt32());
        Assert.Equal("placed", secondOrder.GetProperty("status").GetString());
        Assert.EndsWith($"/api/orders/{firstId + 1}", second.Headers.Location?.ToString());
    }

    [Fact]
    public async Task PlaceOrder_ZeroQuantity_Returns400ProblemDetailsNamingTheField()
    {
        var response = await _host.Client.PostAsJsonAsync("/api/orders", Orders.ValidRequest(restaurantId: 2, quantity: 0));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJsonAsync();
        Assert.True(problem.GetProperty("errors").TryGetProperty("items[0].quantity", out _));
    }

    [Fact]
    public async Task PlaceOrder_UnknownQrCodeAndBadPhone_ReportsEveryProblemAtOnce()
    {
        var request = new
        {
            tableQrToken = "not-a-table",
            customer = new { name = "Asha Rao", phone = "call me maybe" },
            items = new[] { new { menuItemId = KnownData.AvailableDishOf(2), quantity = 1 } },
        };

        var response = await _host.Client.PostAsJsonAsync("/api/orders", request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("tableQrToken", out _));
        Assert.True(errors.TryGetProperty("customer.phone", out _));
    }

    [Fact]
    public async Task PlaceOrder_DishFromAnotherRestaurant_Returns400()
    {
        var request = new
        {
            tableQrToken = KnownData.QrTokenOf(2),
            customer = new { name = "Asha Rao", phone = "9812345678" },
            items = new[] { new { menuItemId = KnownData.AvailableDishOf(3), quantity = 1 } },
        };

        var response = await _host.Client.PostAsJsonAsync("/api/orders", request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("items[0].menuItemId", out _));
    }

    [Fact]
    public async Task UpdateStatus_WithoutToken_Returns401()
    {
        var response = await _host.Client.PatchAsJsonAsync("/api/orders/1001/status", new { status = "accepted" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task UpdateStatus_StaffOfTheRestaurant_MovesTheOrderForward()
    {
        var (id, _) = await Orders.PlaceAsync(_host, restaurantId: 5);
        var token = await _host.LoginAsync(restaurantId: 5, role: "kitchen");

        var response = await _host.SendAsStaffAsync(HttpMethod.Patch, $"/api/orders/{id}/status", token, new { status = "accepted" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("accepted", (await response.ReadJsonAsync()).GetProperty("status").GetString());
    }

    [Fact]
    public async Task UpdateStatus_StaffOfAnotherRestaurant_Returns403()
    {
        var (id, _) = await Orders.PlaceAsync(_host, restaurantId: 5);
        var token = await _host.LoginAsync(restaurantId: 6);

        var response = await _host.SendAsStaffAsync(HttpMethod.Patch, $"/api/orders/{id}/status", token, new { status = "accepted" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task UpdateStatus_SkippingTheKitchen_Returns409()
    {
        var (id, _) = await Orders.PlaceAsync(_host, restaurantId: 5);
        var token = await _host.LoginAsync(restaurantId: 5);

        var response = await _host.SendAsStaffAsync(HttpMethod.Patch, $"/api/orders/{id}/status", token, new { status = "completed" });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
    }

    [Fact]
    public async Task UpdateStatus_UnknownStatus_Returns400()
    {
        var token = await _host.LoginAsync(restaurantId: 5);

        var response = await _host.SendAsStaffAsync(HttpMethod.Patch, "/api/orders/1001/status", token, new { status = "eaten" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
