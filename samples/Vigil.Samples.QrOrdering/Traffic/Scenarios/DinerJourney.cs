using Vigil.Samples.QrOrdering.Contracts;

namespace Vigil.Samples.QrOrdering.Traffic.Scenarios;

/// <summary>
/// The core diner flow: scan the table's QR code, read the menu, order, check on the order, pay. Now and then the
/// diner does what real diners do: mistypes a hand-entered code, sets a quantity to zero, fumbles the card number.
/// </summary>
internal static class DinerJourney
{
    private static readonly string[] TestCards = ["4242 4242 4242 4242", "5555 5555 5555 4444", "6521 0000 0000 0007"];
    private static readonly string[] Notes = ["less spicy please", "no onion", "extra chutney", "kids portion", "no ice"];

    public static async Task RunAsync(DemoVisit visit, ClientIdentity client, DinerDetails diner)
    {
        var http = visit.Http;
        var ct = visit.CancellationToken;
        var table = visit.Pick(visit.World.Tables);

        if (visit.Chance(0.05))
        {
            var typo = await http.SendAsync(DemoEndpoints.GetTable, HttpMethod.Get, $"/api/tables/{Mistype(visit, table.QrToken)}", client, ct);
            if (typo is null)
            {
                return;
            }
        }

        var scanned = await http.SendAsync(DemoEndpoints.GetTable, HttpMethod.Get, $"/api/tables/{table.QrToken}", client, ct);
        if (scanned is not { IsSuccess: true })
        {
            return;
        }

        var menu = await http.SendAsync(DemoEndpoints.GetMenu, HttpMethod.Get, $"/api/restaurants/{table.RestaurantId}/menu", client, ct);
        var dishes = menu?.Body.Array("items").Where(i => i.Bool("isAvailable") == true).Select(i => i.Int("id")).OfType<int>().ToList() ?? [];
        if (dishes.Count == 0)
        {
            return;
        }

        var items = dishes.OrderBy(_ => visit.Random.Next()).Take(visit.Random.Next(1, 5))
            .Select(id => new OrderItemRequest { MenuItemId = id, Quantity = visit.Random.Next(1, 4), Note = visit.Chance(0.1) ? visit.Pick(Notes) : null })
            .ToList();
        var order = new PlaceOrderRequest { TableQrToken = table.QrToken, Customer = diner, Items = items };

        if (visit.Chance(0.04))
        {
            var zero = order with { Items = [items[0] with { Quantity = 0 }, .. items.Skip(1)] };
            if (await http.SendAsync(DemoEndpoints.PlaceOrder, HttpMethod.Post, "/api/orders", client, ct, zero) is null)
            {
                return;
            }
        }

        var placed = await http.SendAsync(DemoEndpoints.PlaceOrder, HttpMethod.Post, "/api/orders", client, ct, order);
        if (placed is not { IsSuccess: true } || placed.Body.Int("id") is not { } orderId || placed.Body.Decimal("total") is not { } total)
        {
            return;
        }

        // The tracking page polls the diner's own order once or twice while the food is coming.
        for (var i = visit.Random.Next(1, 3); i > 0; i--)
        {
            if (await http.SendAsync(DemoEndpoints.GetOrder, HttpMethod.Get, $"/api/orders/{orderId}", client, ct) is null)
            {
                return;
            }
        }

        if (!visit.Chance(0.85))
        {
            return; // pays at the counter
        }

        var card = visit.Pick(TestCards);
        var expiry = $"{visit.Random.Next(1, 13):D2}/{(visit.Time.GetUtcNow().Year + visit.Random.Next(1, 5)) % 100:D2}";
        if (visit.Chance(0.03))
        {
            var fumbled = new { orderId, cardNumber = card[..^1] + (card[^1] == '0' ? '1' : '0'), expiry, cvv = "123", amount = total };
            if (await http.SendAsync(DemoEndpoints.Pay, HttpMethod.Post, "/api/payments", client, ct, fumbled) is null)
            {
                return;
            }
        }

        var payment = new { orderId, cardNumber = card, expiry, cvv = visit.Random.Next(100, 1000).ToString("D3", null), amount = total };
        await http.SendAsync(DemoEndpoints.Pay, HttpMethod.Post, "/api/payments", client, ct, payment);
    }

    private static string Mistype(DemoVisit visit, string token)
    {
        var position = visit.Random.Next(token.Length);
        var replacement = token[position] == 'x' ? 'y' : 'x';
        return string.Concat(token.AsSpan(0, position), [replacement], token.AsSpan(position + 1));
    }
}
