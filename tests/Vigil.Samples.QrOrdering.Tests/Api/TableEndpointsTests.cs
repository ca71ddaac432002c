using System.Net;
using Vigil.Samples.QrOrdering.Tests.Hosting;

namespace Vigil.Samples.QrOrdering.Tests.Api;

[Collection(SampleAppCollection.Name)]
public sealed class TableEndpointsTests(SampleHostFixture fixture)
{
    private readonly SampleHost _host = fixture.Host;

    [Fact]
    public async Task ScannedQrCode_NamesTheTableAndRestaurant()
    {
        var token = KnownData.QrTokenOf(restaurantId: 9);

        var response = await _host.Client.GetAsync($"/api/tables/{token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var table = await response.ReadJsonAsync();
        Assert.Equal(9, table.GetProperty("restaurant").GetProperty("id").GetInt32());
        Assert.Equal(1, table.GetProperty("tableNumber").GetInt32());
        Assert.Equal("/api/restaurants/9/menu", table.GetProperty("menuUrl").GetString());
    }

    [Fact]
    public async Task UnknownQrCode_Returns404ProblemDetails()
    {
        var response = await _host.Client.GetAsync("/api/tables/abcdefghjkmn");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
