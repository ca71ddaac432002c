using System.Globalization;
using System.Net;
using Vigil.Samples.QrOrdering.Tests.Hosting;

namespace Vigil.Samples.QrOrdering.Tests.Controllers;

[Collection(SampleAppCollection.Name)]
public sealed class CustomersControllerTests(SampleHostFixture fixture)
{
    private readonly SampleHost _host = fixture.Host;

    [Fact]
    public async Task Flaw2_AnyoneWithAPhoneNumberGetsTheProfileAndOrderHistory()
    {
        var customer = (await (await _host.Client.GetAsync("/api/orders/1001")).ReadJsonAsync()).GetProperty("customer");
        var phone = customer.GetProperty("phone").GetString()!;

        var response = await _host.Client.GetAsync($"/api/customers/lookup?phone={Uri.EscapeDataString(phone)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var profile = await response.ReadJsonAsync();
        Assert.Equal(customer.GetProperty("name").GetString(), profile.GetProperty("name").GetString());
        Assert.Equal(phone, profile.GetProperty("phone").GetString());
        Assert.True(profile.GetProperty("orderCount").GetInt32() >= 1);
        Assert.Contains(profile.GetProperty("recentOrders").EnumerateArray(), o => o.GetProperty("restaurantName").GetString()!.Length > 0);
    }

    [Theory]
    [InlineData("{0} {1}")]
    [InlineData("{0}{1}")]
    [InlineData("0{0}{1}")]
    [InlineData("+91-{0}-{1}")]
    public async Task Lookup_RecognisesTheNumberHoweverItIsTyped(string format)
    {
        var phone = (await (await _host.Client.GetAsync("/api/orders/1001")).ReadJsonAsync())
            .GetProperty("customer").GetProperty("phone").GetString()!;
        var parts = phone.Split(' '); // "+91", "98xxx", "xxxxx"
        var typed = string.Format(CultureInfo.InvariantCulture, format, parts[1], parts[2]);

        var response = await _host.Client.GetAsync($"/api/customers/lookup?phone={Uri.EscapeDataString(typed)}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Lookup_UnknownNumber_Returns404()
    {
        var response = await _host.Client.GetAsync("/api/customers/lookup?phone=%2B44%2020%207946%200000");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/api/customers/lookup")]
    [InlineData("/api/customers/lookup?phone=abc")]
    public async Task Lookup_MissingOrMalformedNumber_Returns400(string path)
    {
        var response = await _host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
