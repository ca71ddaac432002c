using System.Net;
using Vigil.Samples.QrOrdering.Tests.Hosting;

namespace Vigil.Samples.QrOrdering.Tests.Api;

[Collection(SampleAppCollection.Name)]
public sealed class RestaurantEndpointsTests(SampleHostFixture fixture)
{
    private readonly SampleHost _host = fixture.Host;

    [Fact]
    public async Task List_IsPublicAndPaged()
    {
        var response = await _host.Client.GetAsync("/api/restaurants?page=2&pageSize=5");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadJsonAsync();
        Assert.Equal(5, page.GetProperty("items").GetArrayLength());
        Assert.Equal(6, page.GetProperty("items")[0].GetProperty("id").GetInt32());
        Assert.Equal(40, page.GetProperty("totalCount").GetInt32());
        Assert.Equal(8, page.GetProperty("totalPages").GetInt32());
    }

    [Theory]
    [InlineData("?page=0")]
    [InlineData("?pageSize=101")]
    [InlineData("?page=abc")]
    public async Task List_BadPaging_Returns400ProblemDetails(string query)
    {
        var response = await _host.Client.GetAsync($"/api/restaurants{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Menu_IsPublic()
    {
        var response = await _host.Client.GetAsync("/api/restaurants/1/menu");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var menu = await response.ReadJsonAsync();
        Assert.Equal(1, menu.GetProperty("restaurant").GetProperty("id").GetInt32());
        Assert.True(menu.GetProperty("items").GetArrayLength() >= 9);
    }

    [Fact]
    public async Task Menu_UnknownRestaurant_Returns404()
    {
        var response = await _host.Client.GetAsync("/api/restaurants/999/menu");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
