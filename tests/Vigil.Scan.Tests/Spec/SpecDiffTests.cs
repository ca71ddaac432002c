using Vigil.Scan.Spec;

namespace Vigil.Scan.Tests.Spec;

public sealed class SpecDiffTests
{
    [Fact]
    public void Shadow_and_zombie_endpoints_match_routes_whatever_their_parameters_are_called()
    {
        var code = ScanOf.Endpoints("""
            var app = WebApplication.CreateBuilder(args).Build();
            app.MapGet("/orders/{id:int}", (int id) => id);
            app.MapPost("/orders", () => "created");
            app.MapGet("/internal/debug", () => "dump");
            app.Map("/legacy", () => "any");
            """);
        IReadOnlyList<SpecOperation> spec =
        [
            new("GET", "/Orders/{orderId}", 10),
            new("POST", "/orders", 14),
            new("DELETE", "/orders/{orderId}", 18),
            new("PUT", "/legacy", 22),
        ];

        var (shadow, zombie) = SpecDiff.Compare(code, spec, "openapi.yaml");

        var debug = Assert.Single(shadow);
        Assert.Equal(("GET", "/internal/debug", "File0.cs", 4), (debug.Method, debug.Route, debug.File, debug.Line));
        Assert.Equal([new SpecDiffEntry("DELETE", "/orders/{orderId}", "openapi.yaml", 18, null)], zombie);
    }
}
