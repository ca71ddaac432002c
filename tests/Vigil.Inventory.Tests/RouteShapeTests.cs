namespace Vigil.Inventory.Tests;

public sealed class RouteShapeTests
{
    [Theory]
    [InlineData("/orders/{id}", "/orders/{orderId}")]
    [InlineData("/orders/{id}", "/orders/{id:int}")]
    [InlineData("/orders/{id}", "/Orders/{id:min(1)}/")]
    [InlineData("/api/orders/{id}/items/{id2}", "/api/orders/{orderId}/items/{itemId:guid}")]
    [InlineData("/", "")]
    [InlineData("/health", "/health?verbose=1")]
    public void Same_shape(string a, string b) => Assert.Equal(RouteShape.Of(a), RouteShape.Of(b));

    [Theory]
    [InlineData("/orders/{id}", "/orders/{id}/items")]
    [InlineData("/orders/{id}", "/orders/latest")]
    [InlineData("/orders", "/order")]
    public void Different_shape(string a, string b) => Assert.NotEqual(RouteShape.Of(a), RouteShape.Of(b));

    [Theory]
    [InlineData("GET /orders/{id:int}", "GET /orders/{}")]
    [InlineData("get /orders", "GET /orders")]
    [InlineData("GET", null)]
    [InlineData("GET orders", null)]
    [InlineData(null, null)]
    public void Keys_of_endpoint_names(string? endpoint, string? key) => Assert.Equal(key, RouteShape.KeyOf(endpoint));
}
