using System.Net;
using System.Net.Http.Json;
using Vigil.Samples.QrOrdering.Tests.Hosting;

namespace Vigil.Samples.QrOrdering.Tests.Controllers;

[Collection(SampleAppCollection.Name)]
public sealed class PaymentsControllerTests(SampleHostFixture fixture)
{
    private const string Card = "4242 4242 4242 4242";
    private readonly SampleHost _host = fixture.Host;

    [Fact]
    public async Task Pay_Returns201WithLastFourDigitsOnly()
    {
        var (id, total) = await Orders.PlaceAsync(_host, restaurantId: 7);

        var response = await _host.Client.PostAsJsonAsync("/api/payments", Payment(id, total, Card));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        AssertNoCardNumber(text);
        var body = await response.ReadJsonAsync();
        Assert.Equal("4242", body.GetProperty("last4").GetString());
        Assert.Equal("captured", body.GetProperty("status").GetString());
        Assert.StartsWith("pay_", body.GetProperty("paymentId").GetString());
    }

    [Fact]
    public async Task Pay_InvalidCard_Returns400WithoutEchoingTheNumber()
    {
        var (id, total) = await Orders.PlaceAsync(_host, restaurantId: 7);

        var response = await _host.Client.PostAsJsonAsync("/api/payments", Payment(id, total, "4242 4242 4242 4241", expiry: "01/20", cvv: "12"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("424242424242424", text.Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        var errors = (await response.ReadJsonAsync()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("cardNumber", out _));
        Assert.True(errors.TryGetProperty("expiry", out _));
        Assert.True(errors.TryGetProperty("cvv", out _));
    }

    [Fact]
    public async Task Pay_WrongAmount_Returns400()
    {
        var (id, total) = await Orders.PlaceAsync(_host, restaurantId: 7);

        var response = await _host.Client.PostAsJsonAsync("/api/payments", Payment(id, total - 1, Card));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Pay_Twice_Returns409TheSecondTime()
    {
        var (id, total) = await Orders.PlaceAsync(_host, restaurantId: 7);
        await _host.Client.PostAsJsonAsync("/api/payments", Payment(id, total, Card));

        var again = await _host.Client.PostAsJsonAsync("/api/payments", Payment(id, total, Card));

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task Pay_DeclinedCard_Returns402AndLeavesTheOrderPayable()
    {
        var (id, total) = await Orders.PlaceAsync(_host, restaurantId: 7);

        var declined = await _host.Client.PostAsJsonAsync("/api/payments", Payment(id, total, "4000 0000 0000 0002"));
        var retried = await _host.Client.PostAsJsonAsync("/api/payments", Payment(id, total, Card));

        Assert.Equal(HttpStatusCode.PaymentRequired, declined.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
    }

    [Fact]
    public async Task Pay_UnknownOrder_Returns404()
    {
        var response = await _host.Client.PostAsJsonAsync("/api/payments", Payment(999999, 10m, Card));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static object Payment(int orderId, decimal amount, string cardNumber, string expiry = "12/39", string cvv = "123") =>
        new { orderId, cardNumber, expiry, cvv, amount };

    private static void AssertNoCardNumber(string text)
    {
        Assert.DoesNotContain("4242424242424242", text, StringComparison.Ordinal);
        Assert.DoesNotContain(Card, text, StringComparison.Ordinal);
    }
}
