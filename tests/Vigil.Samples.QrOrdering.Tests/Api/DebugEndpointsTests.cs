using System.Net;
using Vigil.Samples.QrOrdering.Tests.Hosting;

namespace Vigil.Samples.QrOrdering.Tests.Api;

[Collection(SampleAppCollection.Name)]
public sealed class DebugEndpointsTests(SampleHostFixture fixture)
{
    private readonly SampleHost _host = fixture.Host;

    [Fact]
    public async Task Flaw3_TheForgottenDebugEndpointDumpsOrdersWithPiiWithoutAuth()
    {
        var response = await _host.Client.GetAsync("/internal/debug/orders?restaurantId=3");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = (await response.ReadJsonAsync()).EnumerateArray().ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(3, r.GetProperty("order").GetProperty("restaurantId").GetInt32()));
        Assert.All(rows, r => Assert.StartsWith("+", r.GetProperty("customer").GetProperty("phone").GetString()));
    }
}
