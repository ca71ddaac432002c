using System.Net;
using System.Net.Http.Json;
using Vigil.Samples.QrOrdering.Tests.Hosting;

namespace Vigil.Samples.QrOrdering.Tests.Api;

[Collection(SampleAppCollection.Name)]
public sealed class AuthEndpointsTests(SampleHostFixture fixture)
{
    private readonly SampleHost _host = fixture.Host;

    [Fact]
    public async Task Login_WithTheDemoPassword_ReturnsAnOpaqueTokenAndExpiry()
    {
        var response = await _host.Client.PostAsJsonAsync(
            "/api/auth/login", new { email = "Waiter.12@staff.qrdine.example", password = "demo-password-1" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var session = await response.ReadJsonAsync();
        Assert.True(session.GetProperty("token").GetString()!.Length >= 40);
        Assert.True(session.GetProperty("expiresAt").GetDateTimeOffset() > DateTimeOffset.UtcNow);
        Assert.Equal(12, session.GetProperty("restaurantId").GetInt32());
        Assert.Equal("waiter", session.GetProperty("role").GetString());
    }

    [Theory]
    [InlineData("manager.1@staff.qrdine.example", "demo-password-2")]
    [InlineData("owner.1@staff.qrdine.example", "demo-password-1")]
    public async Task Login_WrongPasswordOrUnknownEmail_Returns401(string email, string password)
    {
        var response = await _host.Client.PostAsJsonAsync("/api/auth/login", new { email, password });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Login_MissingFields_Returns400()
    {
        var response = await _host.Client.PostAsJsonAsync("/api/auth/login", new { email = "manager.1@staff.qrdine.example" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.ReadJsonAsync()).GetProperty("errors").TryGetProperty("password", out _));
    }

    [Fact]
    public async Task Logout_RevokesTheToken()
    {
        var token = await _host.LoginAsync(restaurantId: 1);

        var logout = await _host.SendAsStaffAsync(HttpMethod.Post, "/api/auth/logout", token);
        var after = await _host.SendAsStaffAsync(HttpMethod.Get, "/api/restaurants/1/orders", token);

        Assert.Equal(HttpStatusCode.NoContent, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }
}
