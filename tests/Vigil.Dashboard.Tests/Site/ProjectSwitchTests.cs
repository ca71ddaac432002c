using System.Net;

namespace Vigil.Dashboard.Tests.Site;

/// <summary>The header's project switch changes what every page shows, so it is a POST with the anti-forgery token, never a GET.</summary>
public sealed class ProjectSwitchTests : IAsyncLifetime
{
    private DashboardSite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await DashboardSite.StartAsync(seed: false);
        await _site.Host.Store.Projects.GetOrCreateProjectAsync("zother");
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task A_get_changes_nothing()
    {
        using var client = await _site.SignedInClientAsync();

        using var response = await client.GetAsync("project?name=zother&back=/");

        Assert.NotEqual(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key == "Set-Cookie");
        Assert.Contains("<option value=\"test\" selected=\"selected\">", await client.GetStringAsync("endpoints"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_token_is_refused()
    {
        using var client = await _site.SignedInClientAsync();

        using var response = await client.PostAsync("project", Form(("name", "zother"), ("back", "/endpoints")));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("<option value=\"test\" selected=\"selected\">", await client.GetStringAsync("endpoints"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_switches_the_project_and_goes_back_to_a_local_page_only()
    {
        using var client = await _site.SignedInClientAsync();
        var token = DashboardSite.Token().Match(await client.GetStringAsync("endpoints")).Groups[1].Value;

        using var response = await client.PostAsync("project", Form(("name", "zother"), ("back", "/endpoints"), ("__RequestVerificationToken", token)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/endpoints", response.Headers.Location!.ToString());
        Assert.Contains("<option value=\"zother\" selected=\"selected\">", await client.GetStringAsync("endpoints"), StringComparison.Ordinal);

        using var away = await client.PostAsync("project", Form(("name", "test"), ("back", "//evil.example/"), ("__RequestVerificationToken", token)));
        Assert.Equal("/", away.Headers.Location!.ToString());
    }

    private static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
        new(fields.ToDictionary(f => f.Name, f => f.Value));
}
