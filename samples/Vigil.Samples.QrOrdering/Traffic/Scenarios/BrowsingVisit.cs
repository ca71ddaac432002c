namespace Vigil.Samples.QrOrdering.Traffic.Scenarios;

/// <summary>Someone looks through the restaurant directory and a menu or two without ordering.</summary>
internal sealed class BrowsingVisit : IDemoScenario
{
    public int Weight => 10;

    public async Task RunAsync(DemoVisit visit)
    {
        var client = ClientIdentity.Diner(visit.Random);
        var page = await visit.Http.SendAsync(
            DemoEndpoints.ListRestaurants, HttpMethod.Get, $"/api/restaurants?page={visit.Random.Next(1, 5)}&pageSize=10", client, visit.CancellationToken);
        var ids = page?.Body.Array("items").Select(r => r.Int("id")).OfType<int>().ToList() ?? [];
        for (var i = Math.Min(ids.Count, visit.Random.Next(1, 3)); i > 0; i--)
        {
            var id = visit.Pick(ids);
            if (await visit.Http.SendAsync(DemoEndpoints.GetMenu, HttpMethod.Get, $"/api/restaurants/{id}/menu", client, visit.CancellationToken) is null)
            {
                return;
            }
        }
    }
}
