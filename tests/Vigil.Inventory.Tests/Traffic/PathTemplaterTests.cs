using Vigil.Inventory.Traffic;

namespace Vigil.Inventory.Tests.Traffic;

public sealed class PathTemplaterTests
{
    [Theory]
    [InlineData("/orders/1042", "/orders/{id}")]
    [InlineData("/orders/1042/items/7", "/orders/{id}/items/{id2}")]
    [InlineData("/users/3f2504e0-4f89-11d3-9a0c-0305e82c3301", "/users/{id}")]
    [InlineData("/users/{3f2504e0-4f89-11d3-9a0c-0305e82c3301}", "/users/{id}")]
    [InlineData("/users/3f2504e04f8911d39a0c0305e82c3301", "/users/{id}")]
    [InlineData("/objects/507f1f77bcf86cd799439011", "/objects/{id}")]
    [InlineData("/blobs/e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", "/blobs/{id}")]
    [InlineData("/files/01ARZ3NDEKTSV4RRFFQ69G5FAV", "/files/{id}")]
    [InlineData("/orders/1042?expand=items", "/orders/{id}")]
    [InlineData("/balance/-15", "/balance/{id}")]
    [InlineData("/customers/by-email/jane.doe@example.com", "/customers/by-email/{id}")]
    [InlineData("/customers/by-email/jane.doe%40example.com/orders", "/customers/by-email/{id}/orders")]
    [InlineData("/customers/by-phone/+14155550123", "/customers/by-phone/{id}")]
    [InlineData("/customers/by-phone/%2B44%2020%207946%200958", "/customers/by-phone/{id}")]
    [InlineData("/customers/by-phone/+33-1-23-45-67-89", "/customers/by-phone/{id}")]
    public void Identifier_segments_become_parameters(string path, string template) =>
        Assert.Equal(template, PathTemplater.Template(path));

    [Theory]
    [InlineData("/")]
    [InlineData("")]
    [InlineData("/api/v2/orders")]
    [InlineData("/auth/2fa/verify")]
    [InlineData("/users/me")]
    [InlineData("/blog/report-2024-final")]
    [InlineData("/files/report-2024.pdf")]
    [InlineData("/cafe/decade")]
    [InlineData("/orders/")]
    [InlineData("/users/@me")]
    [InlineData("/mentions/@jane")]
    [InlineData("/tags/c++")]
    [InlineData("/dial/+12")]
    public void Words_stay_literal(string path) =>
        Assert.Equal(path.Length == 0 ? "/" : path, PathTemplater.Template(path));

    [Fact]
    public void Route_from_the_sdk_wins_over_inference()
    {
        Assert.Equal("GET /orders/{id:int}", EndpointNamer.For("get", "/orders/5", "orders/{id:int}").ToString());
        Assert.Equal("POST /orders/{id}", EndpointNamer.For("POST", "/orders/5", null).ToString());
        Assert.Equal("GET /api/restaurants", EndpointNamer.For("GET", "/api/restaurants", "/api/restaurants/").ToString());
        Assert.Equal("GET /", EndpointNamer.For("GET", "/", "/").ToString());
    }

    [Fact]
    public void Hostile_paths_are_bounded()
    {
        var deep = string.Concat(Enumerable.Repeat("/1", 10_000));
        var template = PathTemplater.Template(deep);

        Assert.EndsWith("{rest}", template, StringComparison.Ordinal);
        Assert.True(template.Length < 1_000);
        Assert.Equal("/a/{id}", PathTemplater.Template("/a//5"));
    }
}
