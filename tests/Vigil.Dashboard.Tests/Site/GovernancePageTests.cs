using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Audit;
using Vigil.Dashboard.Design;
using Vigil.OpenApi;

namespace Vigil.Dashboard.Tests.Site;

/// <summary>The Governance page: the attached spec's audit as <c>vigil audit</c> scores it, and the inferred OpenAPI download.</summary>
public sealed class GovernancePageTests : IAsyncLifetime
{
    private DashboardSite _site = null!;

    public async Task InitializeAsync() => _site = await DashboardSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Without_a_spec_the_page_says_how_to_attach_one()
    {
        using var client = await _site.SignedInClientAsync();

        var page = await client.GetStringAsync("governance");

        Assert.Contains("id=\"no-spec\"", page, StringComparison.Ordinal);
        Assert.Contains("/v1/specs", page, StringComparison.Ordinal);
        Assert.Contains("vigil serve --spec", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_attached_spec_shows_its_score_per_category_the_points_lost_and_each_finding_with_how_to_fix()
    {
        await _site.AttachSpecAsync();
        var expected = new OpenApiAuditor().Audit(OpenApiDocumentLoader.Parse(SiteDesign.Spec, "menu.json"));
        using var client = await _site.SignedInClientAsync();

        var page = await client.GetStringAsync("governance");

        Assert.DoesNotContain("id=\"no-spec\"", page, StringComparison.Ordinal);
        Assert.Matches($"id=\"score-overall\"><div class=\"v\">{expected.Scorecard.Score} ", page);
        foreach (var category in expected.Scorecard.Categories)
        {
            Assert.Matches($"id=\"score-{category.Name}\"><div class=\"v\">{category.Score} ", page);
        }

        // No security scheme: VG3001 costs security points, and its finding names the pointer, the line and the fix.
        Assert.Matches("id=\"deductions\"[\\s\\S]*<code>VG3001</code> No security schemes defined</td><td class=\"num\">1</td><td class=\"num\">−10", page);
        var vg3001 = expected.Findings.First(f => f.RuleId == "VG3001");
        Assert.Matches($"<code>VG3001</code> No security schemes defined</td>\\s*<td><code>{vg3001.Location}</code></td>\\s*<td class=\"num\">{vg3001.Source!.Line}</td>", page);
        Assert.Contains(expected.Rules.First(r => r.Id == "VG3001").HowToFix![..60], page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_is_computed_once_per_spec_version_and_redone_after_a_new_upload()
    {
        await _site.AttachSpecAsync();
        var design = _site.Host.Services.GetRequiredService<IDesignSource>();
        var project = await _site.ProjectIdAsync();

        var first = await design.AuditAsync(project, CancellationToken.None);
        Assert.Same(first, await design.AuditAsync(project, CancellationToken.None));

        await _site.AttachSpecAsync(SiteDesign.Spec.Replace("\"Menu\"", "\"Menu v2\"", StringComparison.Ordinal), "menu-v2.json");
        var second = await design.AuditAsync(project, CancellationToken.None);

        Assert.NotSame(first, second);
        Assert.Equal("menu-v2.json", second!.Name);
    }

    [Fact]
    public async Task The_download_serves_the_same_document_as_the_api_to_the_signed_in_session()
    {
        using var client = await _site.SignedInClientAsync();
        using var api = _site.Host.Client(_site.Host.ReadKey);

        using var download = await client.GetAsync("governance?handler=OpenApi");
        var fromApi = await api.GetStringAsync("v1/openapi");

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/json", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(fromApi, await download.Content.ReadAsStringAsync());
        Assert.Contains("/menu/items/", fromApi, StringComparison.Ordinal);

        using var anonymous = _site.AnonymousClient();
        using var refused = await anonymous.GetAsync("governance?handler=OpenApi");
        Assert.NotEqual(HttpStatusCode.OK, refused.StatusCode);
        Assert.DoesNotContain("/menu/items", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
