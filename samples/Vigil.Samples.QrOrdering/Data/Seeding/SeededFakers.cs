using Bogus;

namespace Vigil.Samples.QrOrdering.Data.Seeding;

/// <summary>One Bogus faker per locale, each with its own seeded randomizer, so output never depends on Bogus' global seed.</summary>
internal sealed class SeededFakers(int seed)
{
    private readonly Dictionary<string, Faker> _byLocale = new(StringComparer.Ordinal);

    public Faker For(string locale)
    {
        if (!_byLocale.TryGetValue(locale, out var faker))
        {
            faker = new Faker(locale) { Random = new Randomizer(StableHash(seed, locale)) };
            _byLocale.Add(locale, faker);
        }

        return faker;
    }

    // FNV-1a: string.GetHashCode is randomised per process, and the seed must survive restarts.
    private static int StableHash(int seed, string text)
    {
        var hash = 2166136261u ^ (uint)seed;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash & 0x7FFFFFFF);
    }
}
