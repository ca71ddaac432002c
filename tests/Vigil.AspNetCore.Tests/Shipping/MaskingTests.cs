using Microsoft.AspNetCore.Builder;
using Vigil.AspNetCore.Tests.Support;

namespace Vigil.AspNetCore.Tests.Shipping;

/// <summary>
/// Masking happens in-process, before serialization. These assertions depend on the Masker implementation
/// (the masking change); until it lands, Masker is a pass-through placeholder and they fail by design.
/// </summary>
public sealed class MaskingTests
{
    [Fact]
    public async Task Headers_are_shipped_with_the_authorization_credential_masked()
    {
        await using var collector = await FakeCollector.StartAsync();
        await using var app = await TestApp.StartAsync(
            TestApp.ShippingTo(collector),
            app => app.MapGet("/me", () => "me"));

        using var request = new HttpRequestMessage(HttpMethod.Get, "/me");
        request.Headers.Add("Authorization", "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MiJ9.c2lnbmF0dXJl");
        request.Headers.Add("X-Request-Id", "r-1");
        (await app.Client.SendAsync(request)).EnsureSuccessStatusCode();

        var e = await collector.WaitForEventAsync(x => x.Request.Path == "/me");
        Assert.Equal("r-1", e.Request.Headers.First("X-Request-Id"));
        Assert.Equal("Bearer ****", e.Request.Headers.First("Authorization"));
    }
}
