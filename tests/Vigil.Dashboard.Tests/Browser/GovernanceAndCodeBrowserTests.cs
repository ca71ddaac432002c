using Microsoft.Playwright;
using Vigil.Dashboard.Tests.Site;

namespace Vigil.Dashboard.Tests.Browser;

/// <summary>After a spec is attached and a scan uploaded, Governance and Code show them, reached by keyboard from the navigation.</summary>
[Collection(BrowserCollection.Name)]
public sealed class GovernanceAndCodeBrowserTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Open_governance_and_code_after_uploading_a_spec_and_a_scan()
    {
        await fixture.Site.AttachSpecAsync();
        await fixture.Site.UploadScanAsync();
        var page = await fixture.SignedInPageAsync();

        // Keyboard only: focus the Governance link in the navigation and follow it with Enter.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Governance" }).FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.EndsWith("/governance", StringComparison.Ordinal));
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Governance" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#score-security")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#spec-findings")).ToContainTextAsync("VG3001");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Download inferred OpenAPI" })).ToBeVisibleAsync();
        await BrowserFixture.ScreenshotAsync(page, "governance");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Code" }).ClickAsync();
        await page.WaitForURLAsync(url => url.EndsWith("/code", StringComparison.Ordinal));
        await Assertions.Expect(page.Locator("#scan-summary")).ToContainTextAsync("MenuApi");
        await Assertions.Expect(page.Locator("#code-endpoints")).ToContainTextAsync("Controllers/MenuController.cs:31");
        await Assertions.Expect(page.Locator("#code-findings")).ToContainTextAsync("CWE-89");
        await Assertions.Expect(page.Locator("#code-diff")).ToContainTextAsync("GET /admin/export");
        await BrowserFixture.ScreenshotAsync(page, "code");

        await page.Locator("#code-diff").GetByRole(AriaRole.Link, new() { Name = "GET /admin/export" }).ClickAsync();
        await Assertions.Expect(page.Locator("#facts-handler")).ToContainTextAsync("Controllers/AdminController.cs:17");
        await BrowserFixture.ScreenshotAsync(page, "endpoint-code-only");
        await page.Context.CloseAsync();
    }
}
