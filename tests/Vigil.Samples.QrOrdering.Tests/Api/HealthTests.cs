using System.Net;
using Vigil.Samples.QrOrdering.Tests.Hosting;

namespace Vigil.Samples.QrOrdering.Tests.Api;

[Collection(SampleAppCollection.Name)]
public sealed class HealthTests(SampleHostFixture fixture)
{
    [Fact]
    public async Task Health_IsPublic()
    {
        var response = await fixture.Host.Client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }
}
