namespace Vigil.Scan.Tests.Analyzers;

public sealed class BolaAnalyzerTests
{
    private const string Store = """
        public sealed class OrderStore { public Order? Find(int id) => null; }
        public sealed record Order(int Id, string OwnerId);
        """;

    [Fact]
    public void Detect_lookup_by_route_id_with_no_reference_to_the_user()
    {
        var findings = ScanOf.Sources("""
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddSingleton<OrderStore>();
            var app = builder.Build();
            app.MapGet("/orders/{orderId}", (int orderId, OrderStore store) => store.Find(orderId)).RequireAuthorization();
            """, Store).Findings;

        var finding = Assert.Single(findings, f => f.RuleId == "VG4102");
        Assert.StartsWith("Heuristic:", finding.Message, StringComparison.Ordinal);
        Assert.Equal("GET /orders/{orderId}", finding.Endpoint);
    }

    [Fact]
    public void Safe_when_the_handler_compares_with_the_current_user()
    {
        var findings = ScanOf.Sources("""
            using System.Security.Claims;
            var builder = WebApplication.CreateBuilder(args);
            builder.Services.AddSingleton<OrderStore>();
            var app = builder.Build();
            app.MapGet("/orders/{orderId}", (int orderId, OrderStore store, ClaimsPrincipal user) =>
                store.Find(orderId) is { } o && o.OwnerId == user.FindFirstValue(ClaimTypes.NameIdentifier) ? Results.Ok(o) : Results.NotFound());
            """, Store).Findings;

        Assert.DoesNotContain(findings, f => f.RuleId == "VG4102");
    }
}
