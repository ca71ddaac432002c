using Bogus;
using Vigil.Samples.QrOrdering.Domain;

namespace Vigil.Samples.QrOrdering.Data.Seeding;

/// <summary>Generates the restaurants, tables, menus and staff accounts for a seed.</summary>
internal static class CatalogGenerator
{
    public const int RestaurantCount = 40;

    // Unambiguous characters only: QR tokens end up typed by hand when a sticker is scratched.
    private const string QrAlphabet = "abcdefghjkmnpqrstuvwxyz23456789";

    public static SampleCatalog Generate(int seed)
    {
        var random = new Randomizer(seed);
        var fakers = new SeededFakers(seed);
        var restaurants = new List<Restaurant>();
        var tables = new List<DiningTable>();
        var menu = new List<MenuItem>();
        var staff = new List<StaffMember>();
        var usedNames = new HashSet<string>(StringComparer.Ordinal);
        var usedTokens = new HashSet<string>(StringComparer.Ordinal);

        for (var id = 1; id <= RestaurantCount; id++)
        {
            // Roughly 55% of venues are in India, where the platform started.
            var city = random.ArrayElement(id % 9 < 5 ? Cities.India : Cities.Europe);
            var cuisine = random.ArrayElement(Cuisines.PopularIn(city));
            var restaurant = new Restaurant(
                id, UniqueName(random, cuisine, city, usedNames), city.City, city.Country, cuisine.Name, city.Currency, city.TaxRate);
            restaurants.Add(restaurant);

            AddTables(random, restaurant, tables, usedTokens);
            AddMenu(random, city, cuisine, restaurant, menu);
            AddStaff(fakers.For(city.Locale), restaurant, staff);
        }

        return new SampleCatalog(restaurants, tables, menu, staff);
    }

    private static string UniqueName(Randomizer random, Cuisine cuisine, CityProfile city, HashSet<string> used)
    {
        for (var attempt = 0; attempt < 10; attempt++)
        {
            var name = $"{random.ArrayElement(cuisine.NamePrefixes)} {random.ArrayElement(cuisine.NameSuffixes)}";
            if (used.Add(name))
            {
                return name;
            }
        }

        var fallback = $"{random.ArrayElement(cuisine.NamePrefixes)} {city.City}";
        used.Add(fallback);
        return fallback;
    }

    private static void AddTables(Randomizer random, Restaurant restaurant, List<DiningTable> tables, HashSet<string> usedTokens)
    {
        var count = random.Number(6, 18);
        var terraceFrom = count - random.Number(0, 3);
        for (var number = 1; number <= count; number++)
        {
            var label = number > terraceFrom ? $"Terrace {number - terraceFrom}" : $"Table {number}";
            string token;
            do
            {
                token = random.String2(12, QrAlphabet);
            }
            while (!usedTokens.Add(token));

            tables.Add(new DiningTable(tables.Count + 1, restaurant.Id, number, label, token));
        }
    }

    private static void AddMenu(Randomizer random, CityProfile city, Cuisine cuisine, Restaurant restaurant, List<MenuItem> menu)
    {
        var dishes = random.Shuffle(cuisine.Dishes).Take(random.Number(9, cuisine.Dishes.Length)).ToList();
        foreach (var dish in dishes)
        {
            var basePrice = city.IsInIndia ? dish.PriceInIndia : dish.PriceInEurope;
            var price = RoundPrice(basePrice * (decimal)random.Double(0.9, 1.15), city.IsInIndia);
            menu.Add(new MenuItem(
                menu.Count + 1,
                restaurant.Id,
                dish.Name,
                dish.Category,
                dish.Description,
                price,
                dish.IsVegetarian,
                IsAvailable: random.Bool(0.95f)));
        }
    }

    // Menus show round prices: whole 5 rupees in India, 50 cents in Europe.
    private static decimal RoundPrice(decimal price, bool inIndia) => inIndia
        ? Math.Round(price / 5m, MidpointRounding.AwayFromZero) * 5m
        : Math.Round(price * 2m, MidpointRounding.AwayFromZero) / 2m;

    private static void AddStaff(Faker faker, Restaurant restaurant, List<StaffMember> staff)
    {
        foreach (var role in new[] { StaffRole.Manager, StaffRole.Waiter, StaffRole.Kitchen })
        {
            staff.Add(new StaffMember(
                staff.Count + 1, restaurant.Id, faker.Name.FullName(), StaffEmails.For(role, restaurant.Id), role));
        }
    }
}
