using System.Net;
using Vigil.Dashboard.Tests.Site;

namespace Vigil.Dashboard.Tests.Auth;

/// <summary>Over HTTP: wrong passwords get the same answer whether the user exists, and the sixth try is refused even with the right password.</summary>
public sealed class LockoutTests : IAsyncLifetime
{
    private DashboardSite _site = null!;

    public async Task InitializeAsync() => _site = await DashboardSite.StartAsync(seed: false);

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Repeated_failures_lock_out_even_the_right_password()
    {
        using var client = _site.AnonymousClient();
        using var unknown = await DashboardSite.SignInAsync(client, "nobody", "wrong-password");
        var unknownBody = await unknown.Content.ReadAsStringAsync();
        using var wrong = await DashboardSite.SignInAsync(client, "admin", "wrong-password");

        Assert.Equal(HttpStatusCode.Unauthorized, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Contains("Wrong user name or password.", unknownBody, StringComparison.Ordinal);
        Assert.Contains("Wrong user name or password.", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        for (var i = 0; i < 3; i++)
        {
            (await DashboardSite.SignInAsync(client, "admin", "wrong-password")).Dispose();
        }

        using var locked = await DashboardSite.SignInAsync(client, "admin", DashboardSite.AdminPassword);

        Assert.Equal(HttpStatusCode.TooManyRequests, locked.StatusCode);
        Assert.Contains("Too many failed sign-ins", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(locked.Headers, h => h.Key == "Set-Cookie" && h.Value.Any(v => v.StartsWith("vigil.session", StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("//evil.example/")]
    [InlineData("/\t/evil.example/")]
    [InlineData("/\n/evil.example/")]
    public async Task A_return_url_to_another_site_is_ignored(string returnUrl)
    {
        using var client = _site.AnonymousClient();
        var form = await client.GetStringAsync("signin?returnUrl=" + Uri.EscapeDataString(returnUrl));
        var token = DashboardSite.Token().Match(form).Groups[1].Value;

        using var response = await client.PostAsync("signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["username"] = "admin",
            ["password"] = DashboardSite.AdminPassword,
            ["returnUrl"] = returnUrl,
            ["__RequestVerificationToken"] = token,
        }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.OriginalString);
    }
}
