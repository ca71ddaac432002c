using Vigil.Scan.Endpoints;

namespace Vigil.Scan.Tests.Endpoints;

public sealed class MinimalApiRoutingTests
{
    [Fact]
    public void Every_map_verb_and_map_methods_in_top_level_statements()
    {
        var endpoints = ScanOf.Endpoints("""
            var app = WebApplication.CreateBuilder(args).Build();
            app.MapGet("/items", () => "all");
            app.MapPost("/items", (Item item) => item);
            app.MapPut("/items/{id:guid}", (Guid id, Item item) => item);
            app.MapDelete("/items/{id}", (Guid id) => Results.NoContent());
            app.MapPatch("/items/{id}", (Guid id) => Results.Ok());
            app.MapMethods("/items/{id}/lock", new[] { "LOCK", HttpMethods.Options }, (Guid id) => Results.Ok());
            app.Run();
            record Item(string Name);
            """);

        Assert.Equal(
            ["DELETE /items/{id}", "GET /items", "LOCK /items/{id}/lock", "OPTIONS /items/{id}/lock", "PATCH /items/{id}", "POST /items", "PUT /items/{id}"],
            ScanOf.Keys(endpoints));
    }

    [Fact]
    public void Nested_groups_passed_across_methods_and_files_combine_their_prefixes()
    {
        var program = """
            var app = WebApplication.CreateBuilder(args).Build();
            var api = app.MapGroup("/api");
            api.MapOrders();
            app.MapAdmin().MapReports();
            app.Run();
            """;
        var orders = """
            public static class OrderEndpoints
            {
                public static void MapOrders(this IEndpointRouteBuilder api)
                {
                    var orders = api.MapGroup("orders").WithTags("Orders");
                    orders.MapGet("/{id:int}", GetOrder);
                    Nested(orders.MapGroup("/{id}/lines"));
                }

                private static void Nested(RouteGroupBuilder lines) => lines.MapGet("", () => "lines");

                private static string GetOrder(int id) => id.ToString();
            }
            """;
        var admin = """
            public static class AdminEndpoints
            {
                public static RouteGroupBuilder MapAdmin(this IEndpointRouteBuilder app)
                {
                    var group = app.MapGroup("/admin");
                    group.MapGet("/", () => "home");
                    return group;
                }

                public static void MapReports(this RouteGroupBuilder admin) => admin.MapGet("/reports", () => "reports");
            }
            """;

        var endpoints = ScanOf.Endpoints(program, orders, admin);

        Assert.Equal(["GET /admin", "GET /admin/reports", "GET /api/orders/{id}", "GET /api/orders/{id}/lines"], ScanOf.Keys(endpoints));
        var get = ScanOf.Single(endpoints, "GET /api/orders/{id}");
        Assert.Equal("OrderEndpoints.GetOrder", get.Handler);
        Assert.Equal(("File1.cs", 12), (get.Source.File, get.Source.Line));
    }

    [Fact]
    public void Lambda_handlers_are_named_by_where_they_are_written()
    {
        var endpoints = ScanOf.Endpoints("""
            public static class Health
            {
                public static void Map(WebApplication app) => app.MapGet("/ping", () => "pong");
            }
            """);

        var ping = ScanOf.Single(endpoints, "GET /ping");
        Assert.Equal("lambda in Health.Map", ping.Handler);
        Assert.Equal(3, ping.Source.Line);
    }

    [Fact]
    public void A_method_of_the_target_named_map_get_is_not_an_endpoint()
    {
        var endpoints = ScanOf.Endpoints("""
            public sealed class Router { public void MapGet(string path, Func<string> f) { } }
            public static class Use { public static void Go(Router r) => r.MapGet("/not-http", () => ""); }
            """);

        Assert.Empty(endpoints);
    }

    [Fact]
    public void Health_checks_and_constant_routes_are_listed()
    {
        var endpoints = ScanOf.Endpoints("""
            static class Routes { public const string Status = "/status"; }
            static class App
            {
                static void Map(WebApplication app)
                {
                    app.MapHealthChecks("/health");
                    app.MapGet(Routes.Status + "/{name}", (string name) => name);
                }
            }
            """);

        Assert.Equal(["GET /health", "GET /status/{name}"], ScanOf.Keys(endpoints));
        Assert.Equal([new ScanParameter("name", ParameterSource.Route, "string")], ScanOf.Single(endpoints, "GET /status/{name}").Parameters);
    }
}
