using Vigil.Samples.QrOrdering.Contracts;

namespace Vigil.Samples.QrOrdering.Traffic.Scenarios;

/// <summary>A first-time diner types their details into the order form.</summary>
internal sealed class NewDinerVisit : IDemoScenario
{
    // Numbers outside the seeded 98xxx range, so a new diner never takes over a regular's profile.
    private static readonly string[] MobilePrefixes = ["70", "77", "80", "88", "97", "99"];

    public int Weight => 45;

    public Task RunAsync(DemoVisit visit)
    {
        var first = visit.Faker.Name.FirstName();
        var last = visit.Faker.Name.LastName();
        var digits = $"{visit.Pick(MobilePrefixes)}{visit.Random.Next(100, 1000)}{visit.Random.Next(10000, 100000)}";
        // People type numbers every which way; the API normalises them.
        var phone = visit.Random.Next(3) switch
        {
            0 => $"+91 {digits[..5]} {digits[5..]}",
            1 => digits,
            _ => $"+91-{digits}",
        };
        var diner = new DinerDetails
        {
            Name = $"{first} {last}",
            Phone = phone,
            Email = visit.Chance(0.6) ? visit.Faker.Internet.Email(first, last).ToLowerInvariant() : null,
        };
        return DinerJourney.RunAsync(visit, ClientIdentity.Diner(visit.Random), diner);
    }
}
