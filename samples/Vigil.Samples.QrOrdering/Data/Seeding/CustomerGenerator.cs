using Bogus;
using Vigil.Samples.QrOrdering.Domain;

namespace Vigil.Samples.QrOrdering.Data.Seeding;

/// <summary>Generates the diners who ordered before the sample started: names, +91 mobile numbers, mostly e-mails.</summary>
internal static class CustomerGenerator
{
    public const int CustomerCount = 300;

    public static IReadOnlyList<Customer> Generate(int seed, DateTimeOffset now)
    {
        var random = new Randomizer(seed + 1);
        var fakers = new SeededFakers(seed + 1);
        var phones = new HashSet<string>(StringComparer.Ordinal);
        var customers = new List<Customer>(CustomerCount);

        for (var id = 1; id <= CustomerCount; id++)
        {
            var faker = fakers.For(random.Bool(0.8f) ? "en_IND" : "en_GB");
            var first = faker.Name.FirstName();
            var last = faker.Name.LastName();
            string phone;
            do
            {
                phone = $"+91 98{random.Number(100, 999)} {random.Number(10000, 99999)}";
            }
            while (!phones.Add(phone));

            var email = random.Bool(0.85f) ? faker.Internet.Email(first, last).ToLowerInvariant() : null;
            var firstSeen = now - TimeSpan.FromDays(random.Double(31, 400));
            customers.Add(new Customer(id, $"{first} {last}", phone, email, firstSeen));
        }

        return customers;
    }
}
