using System.Net;
using Vigil.Collector.Setup;
using Vigil.Dashboard.Tests.Site;

namespace Vigil.Dashboard.Tests.Auth;

public sealed class SessionTests : IAsyncLifetime
{
    private DashboardSite _site = null!;

    public async Task InitializeAsync() => _site = await DashboardSite.StartAsync(seed: false);

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Changing_the_password_ends_open_sessions()
    {
        using var client = _site.AnonymousClient();
        (await DashboardSite.SignInAsync(client, "admin", DashboardSite.AdminPassword)).Dispose();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("settings")).StatusCode);

        await _site.Host.Store.Users.SetPasswordHashAsync("admin", FirstRunSetup.HashPassword("a-brand-new-password"));

        using var after = await client.GetAsync("settings");
        Assert.Equal(HttpStatusCode.Unauthorized, after.StatusCode);
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_and_same_site()
    {
        using var client = _site.AnonymousClient();

        using var response = await DashboardSite.SignInAsync(client, "admin", DashboardSite.AdminPassword);

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("vigil.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(DashboardSite.AdminPassword, cookie, StringComparison.Ordinal);
    }
}
