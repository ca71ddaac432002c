using Vigil.Scan.Endpoints;

namespace Vigil.Scan.Tests.Endpoints;

public sealed class AuthorizationTests
{
    private const string Controllers = """
        using Microsoft.AspNetCore.Authorization;
        using Microsoft.AspNetCore.Mvc;
        [ApiController, Route("accounts"), Authorize(Policy = "Staff")]
        public class AccountsController : ControllerBase
        {
            [HttpGet] public IActionResult List() => Ok();
            [HttpGet("signup"), AllowAnonymous] public IActionResult Signup() => Ok();
            [HttpDelete("{id}"), Authorize(Roles = "Admin")] public IActionResult Delete(int id) => Ok();
        }
        [ApiController, Route("public")]
        public class PublicController : ControllerBase { [HttpGet] public IActionResult Get() => Ok(); }
        [ApiController, Route("me"), Authorize]
        public class MeController : ControllerBase { [HttpGet] public IActionResult Get() => Ok(); }
        """;

    [Fact]
    public void Authorize_and_allow_anonymous_attributes_decide_with_their_place_as_reason()
    {
        var endpoints = ScanOf.Endpoints(Controllers);

        Assert.Equal((EndpointAuth.Policy, "[Authorize(Policy = \"Staff\")] on AccountsController"), Decision(endpoints, "GET /accounts"));
        Assert.Equal((EndpointAuth.Public, "[AllowAnonymous] on AccountsController.Signup"), Decision(endpoints, "GET /accounts/signup"));
        Assert.Equal((EndpointAuth.Policy, "[Authorize(Roles = \"Admin\")] on AccountsController.Delete"), Decision(endpoints, "DELETE /accounts/{id}"));
        Assert.Equal(EndpointAuth.Public, Decision(endpoints, "GET /public").Auth);
        Assert.Equal((EndpointAuth.Authenticated, "[Authorize] on MeController"), Decision(endpoints, "GET /me"));
    }

    [Fact]
    public void A_global_authorize_filter_covers_controllers_without_attributes()
    {
        var endpoints = ScanOf.Endpoints(Controllers, """
            using Microsoft.AspNetCore.Mvc.Authorization;
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddControllers(o => o.Filters.Add(new AuthorizeFilter()));
            """);

        Assert.Equal((EndpointAuth.Authenticated, "global AuthorizeFilter at File1.cs:3"), Decision(endpoints, "GET /public"));
    }

    [Fact]
    public void Fallback_policy_covers_endpoints_without_metadata_and_allow_anonymous_still_wins()
    {
        var endpoints = ScanOf.Endpoints("""
            using Microsoft.AspNetCore.Authorization;
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddAuthorization(o => o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
            var app = builder.Build();
            app.MapGet("/orders", () => "orders");
            app.MapGet("/login", () => "login").AllowAnonymous();
            app.MapGet("/about", [AllowAnonymous] () => "about");
            """);

        Assert.Equal((EndpointAuth.Authenticated, "FallbackPolicy at File0.cs:3"), Decision(endpoints, "GET /orders"));
        Assert.Equal((EndpointAuth.Public, "AllowAnonymous() on the endpoint at File0.cs:6"), Decision(endpoints, "GET /login"));
        Assert.Equal(EndpointAuth.Public, Decision(endpoints, "GET /about").Auth);
    }

    [Fact]
    public void Group_conventions_apply_to_every_endpoint_in_the_group_and_its_subgroups()
    {
        var endpoints = ScanOf.Endpoints("""
            var app = WebApplication.CreateBuilder(args).Build();
            var admin = app.MapGroup("/admin").RequireAuthorization("AdminOnly");
            admin.MapGet("/users", () => "users");
            var reports = admin.MapGroup("/reports");
            reports.MapGet("/daily", () => "daily");
            var open = app.MapGroup("/open");
            open.RequireAuthorization();
            open.MapGet("/x", () => "x");
            open.MapGet("/y", () => "y").AllowAnonymous();
            app.MapGet("/", () => "home");
            """);

        Assert.Equal((EndpointAuth.Policy, "RequireAuthorization(\"AdminOnly\") on its group at File0.cs:2"), Decision(endpoints, "GET /admin/users"));
        Assert.Equal(EndpointAuth.Policy, Decision(endpoints, "GET /admin/reports/daily").Auth);
        Assert.Equal((EndpointAuth.Authenticated, "RequireAuthorization() on its group at File0.cs:7"), Decision(endpoints, "GET /open/x"));
        Assert.Equal(EndpointAuth.Public, Decision(endpoints, "GET /open/y").Auth);
        Assert.Equal(EndpointAuth.Public, Decision(endpoints, "GET /").Auth);
    }

    private static (EndpointAuth Auth, string Reason) Decision(IReadOnlyList<ScanEndpoint> endpoints, string key)
    {
        var e = ScanOf.Single(endpoints, key);
        return (e.Auth, e.AuthReason);
    }
}
