using Vigil.Samples.QrOrdering.Contracts;

namespace Vigil.Samples.QrOrdering.Traffic.Scenarios;

/// <summary>A regular enters their own phone number, the form fills itself from their profile, and they order.</summary>
internal sealed class ReturningDinerVisit : IDemoScenario
{
    public int Weight => 15;

    public async Task RunAsync(DemoVisit visit)
    {
        var regular = visit.Pick(visit.World.Regulars);
        var client = ClientIdentity.Diner(visit.Random);
        // Half type the number without the country code, as printed on Indian receipts.
        var typed = visit.Chance(0.5) ? regular.Phone : regular.Phone.Replace("+91 ", "", StringComparison.Ordinal);
        var profile = await visit.Http.SendAsync(
            DemoEndpoints.LookupCustomer, HttpMethod.Get, $"/api/customers/lookup?phone={Uri.EscapeDataString(typed)}", client, visit.CancellationToken);
        if (profile is null)
        {
            return;
        }

        var diner = new DinerDetails
        {
            Name = profile.Body.String("name") ?? regular.Name,
            Phone = profile.Body.String("phone") ?? regular.Phone,
            Email = profile.Body.String("email") ?? regular.Email,
        };
        await DinerJourney.RunAsync(visit, client, diner);
    }
}
