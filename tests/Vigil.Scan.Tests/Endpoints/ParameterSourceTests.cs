using Vigil.Scan.Endpoints;

namespace Vigil.Scan.Tests.Endpoints;

public sealed class ParameterSourceTests
{
    [Fact]
    public void Minimal_api_parameters_come_from_route_query_body_header_and_services_are_left_out()
    {
        var endpoints = ScanOf.Endpoints("""
            using Microsoft.AspNetCore.Mvc;
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddSingleton<OrderStore>();
            var app = builder.Build();
            app.MapPost("/shops/{shopId}/orders", (int shopId, string? coupon, [FromHeader(Name = "X-Tenant")] string tenant, NewOrder order,
                OrderStore store, HttpContext context, CancellationToken ct) => Results.Ok());
            app.Run();
            public record NewOrder(string Item);
            public sealed class OrderStore { }
            """);

        Assert.Equal(
            [
                new ScanParameter("shopId", ParameterSource.Route, "int"),
                new ScanParameter("coupon", ParameterSource.Query, "string?"),
                new ScanParameter("X-Tenant", ParameterSource.Header, "string"),
                new ScanParameter("order", ParameterSource.Body, "NewOrder"),
            ],
            endpoints.Single().Parameters);
    }

    [Fact]
    public void As_parameters_expands_the_container_and_from_services_is_excluded()
    {
        var endpoints = ScanOf.Endpoints("""
            using Microsoft.AspNetCore.Mvc;
            var app = WebApplication.CreateBuilder(args).Build();
            app.MapGet("/search/{term}", ([AsParameters] Search search) => search.Term);
            app.Run();
            public record Search(string Term, int Page, [FromHeader] string Locale, [FromServices] ILogger<Search> Log);
            """);

        Assert.Equal(
            [new ScanParameter("Term", ParameterSource.Route, "string"), new ScanParameter("Page", ParameterSource.Query, "int"), new ScanParameter("Locale", ParameterSource.Header, "string")],
            endpoints.Single().Parameters);
    }

    [Fact]
    public void Controller_actions_bind_complex_types_from_the_body_and_files_from_the_form()
    {
        var endpoints = ScanOf.Endpoints("""
            using Microsoft.AspNetCore.Mvc;
            [ApiController, Route("docs")]
            public class DocsController : ControllerBase
            {
                [HttpPost("{folder}")]
                public ActionResult<DocView> Upload(string folder, IFormFile file, [FromQuery] bool overwrite, [FromServices] IConfiguration config) => new DocView("x");
                [HttpPut] public Task<ActionResult<DocView>> Update(DocView doc) => Task.FromResult<ActionResult<DocView>>(doc);
            }
            public record DocView(string Name);
            """);

        var upload = ScanOf.Single(endpoints, "POST /docs/{folder}");
        Assert.Equal(
            [new ScanParameter("folder", ParameterSource.Route, "string"), new ScanParameter("file", ParameterSource.Form, "IFormFile"), new ScanParameter("overwrite", ParameterSource.Query, "bool")],
            upload.Parameters);
        Assert.Equal(["DocView"], upload.ResponseTypes);
        Assert.Equal([new ScanParameter("doc", ParameterSource.Body, "DocView")], ScanOf.Single(endpoints, "PUT /docs").Parameters);
        Assert.Equal(["DocView"], ScanOf.Single(endpoints, "PUT /docs").ResponseTypes);
    }
}
