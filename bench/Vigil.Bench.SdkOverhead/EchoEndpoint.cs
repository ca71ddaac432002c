using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Vigil.Bench.SdkOverhead;

internal sealed record OrderLine(string Sku, string Name, int Quantity, decimal UnitPrice);

internal sealed record OrderRequest(string CustomerId, string Email, string Currency, List<OrderLine> Lines, string Notes);

internal sealed record OrderResponse(string OrderId, string Status, string CustomerId, decimal Total, List<OrderLine> Lines, string Notes);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(OrderRequest))]
[JsonSerializable(typeof(OrderResponse))]
internal sealed partial class EchoJsonContext : JsonSerializerContext
{
}

/// <summary>
/// The endpoint every variant serves: a realistic ~1 KB JSON order in, a ~1 KB JSON confirmation out, with model
/// binding and serialization done the way a minimal API does them.
/// </summary>
internal static class EchoEndpoint
{
    public const string Path = "/orders";

    public static void AddServices(IServiceCollection services) =>
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, EchoJsonContext.Default));

    public static void Map(WebApplication app) =>
        app.MapPost(Path, (OrderRequest order) =>
        {
            var total = 0m;
            foreach (var line in order.Lines)
            {
                total += line.Quantity * line.UnitPrice;
            }

            return Results.Json(
                new OrderResponse("ord_01HZY3K9V7Q2", "accepted", order.CustomerId, total, order.Lines, order.Notes),
                EchoJsonContext.Default.OrderResponse);
        });

    public static byte[] RequestBody()
    {
        var lines = Enumerable.Range(1, 8)
            .Select(i => new OrderLine($"SKU-{i:D6}-BLK", $"Stainless travel mug, 350 ml, variant {i}", i, 12.5m + i))
            .ToList();
        var order = new OrderRequest(
            "cus_8f14e45fceea167a5a36dedd4bea2543",
            "jane.doe@example.com",
            "EUR",
            lines,
            "Leave at the reception desk; call on arrival.");
        return JsonSerializer.SerializeToUtf8Bytes(order, EchoJsonContext.Default.OrderRequest);
    }
}
