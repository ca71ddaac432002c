using System.Net;

namespace Vigil.Dashboard.Tests.Site;

/// <summary>The Code page and the Endpoints inventory after a spec is attached and a scan uploaded through the API.</summary>
public sealed class CodeAndEndpointsPagesTests : IAsyncLifetime
{
    // Razor encodes characters outside ASCII in rendered values.
    private const string Dash = "(?:—|&#x2014;)";

    private DashboardSite _site = null!;

    public async Task InitializeAsync() => _site = await DashboardSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Without_a_scan_the_code_page_gives_the_upload_command()
    {
        using var client = await _site.SignedInClientAsync();

        var page = await client.GetStringAsync("code");

        Assert.Contains("id=\"no-scan\"", page, StringComparison.Ordinal);
        Assert.Contains("vigil scan . --upload", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_code_page_shows_the_scan_its_handlers_with_auth_and_reason_its_findings_and_the_shadow_zombie_diff()
    {
        await _site.AttachSpecAsync();
        await _site.UploadScanAsync();
        using var client = await _site.SignedInClientAsync();

        var page = await client.GetStringAsync("code");

        Assert.Matches("id=\"scan-summary\">Scanned <strong>MenuApi</strong>: 12 files, 840 lines", page);
        Assert.Matches("<code>MenuController.GetItem</code></td>\\s*<td><code>Controllers/MenuController.cs:31</code></td>\\s*<td><span class=\"badge threat-low\">public</span></td>\\s*<td class=\"small\">\\[AllowAnonymous\\] on GetItem</td>", page);
        Assert.Matches("<code>VG4001</code> SQL injection: request data in SQL text</td>\\s*<td>CWE-89</td>\\s*<td>\\s*<code>Data/SearchRepository.cs:44</code>\\s*</td>", page);
        Assert.Contains("Pass q as a SqlParameter.", page, StringComparison.Ordinal);

        // The diff is the API's inventory: code-only /admin/export is shadow (no spec entry), spec-only /legacy/{id} zombie (no handler).
        var diff = Table(page, "code-diff");
        Assert.Matches($"<code>GET /admin/export</code></a></td>\\s*<td class=\"status-shadow\">shadow</td>\\s*<td>yes</td>\\s*<td>{Dash}</td>\\s*<td>{Dash}</td>", diff);
        Assert.Matches($"<code>GET /legacy/{{id}}</code></a></td>\\s*<td class=\"status-zombie\">zombie</td>\\s*<td>{Dash}</td>\\s*<td>yes</td>\\s*<td>{Dash}</td>", diff);
        Assert.DoesNotContain("GET /menu/items/{id:int}", diff, StringComparison.Ordinal); // code, spec and traffic agree
        using var api = _site.Host.Client(_site.Host.ReadKey);
        var inventory = await api.GetStringAsync("v1/endpoints");
        Assert.Contains("\"route\":\"/admin/export\",\"sources\":[\"code\"],\"status\":\"shadow\"", inventory, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_endpoints_page_lists_sources_and_status_and_the_endpoints_without_traffic()
    {
        await _site.AttachSpecAsync();
        await _site.UploadScanAsync();
        using var client = await _site.SignedInClientAsync();

        var page = await client.GetStringAsync("endpoints");

        Assert.Matches("<code>GET /menu/items/{id:int}</code></a></td>\\s*<td>traffic, spec, code</td>\\s*<td class=\"status-documented\">documented</td>", Table(page, "endpoints"));
        Assert.Matches("<code>GET /search</code></a></td>\\s*<td>traffic</td>\\s*<td class=\"status-shadow\">shadow</td>", Table(page, "endpoints"));
        var unseen = Table(page, "endpoints-unseen");
        Assert.Matches("<code>GET /legacy/{id}</code></a></td>\\s*<td>spec</td>\\s*<td class=\"status-zombie\">zombie</td>", unseen);
        Assert.Matches("<code>GET /admin/export</code></a></td>\\s*<td>code</td>\\s*<td class=\"status-shadow\">shadow</td>\\s*<td>\\s*<code>Controllers/AdminController.cs:17</code>\\s*</td>\\s*<td>policy</td>", unseen);
    }

    [Fact]
    public async Task Endpoint_details_show_the_handlers_file_and_line_also_for_an_endpoint_without_traffic()
    {
        await _site.UploadScanAsync();
        using var client = await _site.SignedInClientAsync();

        var seen = await client.GetStringAsync("endpoints/detail?method=GET&route=" + Uri.EscapeDataString("/menu/items/{id:int}"));
        Assert.Matches("id=\"facts-sources\">traffic, code</dd>", seen);
        Assert.Matches("id=\"facts-handler\">\\s*<code>MenuController.GetItem</code> <span>at</span> <code>Controllers/MenuController.cs:31</code>", seen);
        Assert.Contains("id=\"endpoint-rules\"", seen, StringComparison.Ordinal); // the traffic facts stay

        using var codeOnly = await client.GetAsync("endpoints/detail?method=GET&route=" + Uri.EscapeDataString("/admin/export"));
        Assert.Equal(HttpStatusCode.OK, codeOnly.StatusCode);
        var html = await codeOnly.Content.ReadAsStringAsync();
        Assert.Matches("id=\"facts-handler\">\\s*<code>AdminController.Export</code> <span>at</span> <code>Controllers/AdminController.cs:17</code>", html);
        Assert.Contains("none seen", html, StringComparison.Ordinal);

        using var unknown = await client.GetAsync("endpoints/detail?method=GET&route=/nowhere");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    private static string Table(string page, string id)
    {
        var start = page.IndexOf($"id=\"{id}\"", StringComparison.Ordinal);
        Assert.True(start >= 0, $"no table {id}");
        return page[start..page.IndexOf("</table>", start, StringComparison.Ordinal)];
    }
}
