using System.Net.Http.Json;

namespace Vigil.Samples.QrOrdering.Tests.Hosting;

internal static class Orders
{
    /// <summary>A valid diner order at the first table of <paramref name="restaurantId"/>.</summary>
    public static object ValidRequest(int restaurantId, int quantity = 2) => new
    {
        tableQrToken = KnownData.QrTokenOf(restaurantId),
        customer = new { name = "Asha Rao", phone = "+91 70123 45678", email = "asha.rao@example.com" },
        items = new[] { new { menuItemId = KnownData.AvailableDishOf(restaurantId), quantity, note = "less spicy" } },
    };

    public static async Task<(int Id, decimal Total)> PlaceAsync(SampleHost host, int restaurantId)
    {
        var response = await host.Client.PostAsJsonAsync("/api/orders", ValidRequest(restaurantId));
        response.EnsureSuccessStatusCode();
        var body = await response.ReadJsonAsync();
        return (body.GetProperty("id").GetInt32(), body.GetProperty("total").GetDecimal());
    }
}
