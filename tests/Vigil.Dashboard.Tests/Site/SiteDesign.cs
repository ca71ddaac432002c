using System.Net;
using System.Text;

namespace Vigil.Dashboard.Tests.Site;

/// <summary>A spec and a scan for a test site, attached and uploaded through the collector's own API (the read key's project, "test").</summary>
public static class SiteDesign
{
    /// <summary>Documents the seeded <c>GET /menu/items/{id}</c> and a <c>GET /legacy/{id}</c> nobody calls; no security scheme (VG3001).</summary>
    public const string Spec = """
        {"openapi": "3.0.3", "info": {"title": "Menu", "version": "1"},
         "paths": {
           "/menu/items/{id}": {"get": {"operationId": "getItem",
             "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
             "responses": {"200": {"description": "the item"}}}},
           "/legacy/{id}": {"get": {"operationId": "getLegacy",
             "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "integer"}}],
             "responses": {"200": {"description": "old"}}}}}}
        """;

    /// <summary>Declares the menu handler and an <c>/admin/export</c> no spec or traffic knows; one SQL-taint finding on <c>/search</c>.</summary>
    public const string Scan = """
        {"subject": "MenuApi", "files": 12, "lines": 840,
         "endpoints": [
           {"methods": ["GET"], "route": "/menu/items/{id:int}", "handler": "MenuController.GetItem", "file": "Controllers/MenuController.cs", "line": 31, "auth": "public", "authReason": "[AllowAnonymous] on GetItem"},
           {"methods": ["GET"], "route": "/admin/export", "handler": "AdminController.Export", "file": "Controllers/AdminController.cs", "line": 17, "auth": "policy", "authReason": "[Authorize(Policy = Admin)] on AdminController"}],
         "findings": [
           {"ruleId": "VG4001", "title": "SQL injection: request data in SQL text", "threat": "high", "cwe": "CWE-89", "endpoint": "GET /search",
            "file": "Data/SearchRepository.cs", "line": 44, "message": "q reaches SqlCommand.CommandText", "howToFix": "Pass q as a SqlParameter."}]}
        """;

    public static async Task AttachSpecAsync(this DashboardSite site, string spec = Spec, string name = "menu.json")
    {
        using var client = site.Host.Client(site.Host.ReadKey);
        using var response = await client.PostAsync($"v1/specs?name={name}", new StringContent(spec, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    public static async Task UploadScanAsync(this DashboardSite site, string scan = Scan)
    {
        using var client = site.Host.Client(site.Host.ReadKey);
        using var response = await client.PostAsync("v1/scans", new StringContent(scan, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    public static async Task<HttpClient> SignedInClientAsync(this DashboardSite site)
    {
        var client = site.AnonymousClient();
        using var signIn = await DashboardSite.SignInAsync(client, "admin", DashboardSite.AdminPassword);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }
}
