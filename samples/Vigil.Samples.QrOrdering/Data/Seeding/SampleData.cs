using Vigil.Samples.QrOrdering.Domain;

namespace Vigil.Samples.QrOrdering.Data.Seeding;

/// <summary>Everything the sample starts with. Same seed, same data; only timestamps move with <c>now</c>.</summary>
internal sealed record SampleData(SampleCatalog Catalog, IReadOnlyList<Customer> Customers, IReadOnlyList<Order> Orders)
{
    public static SampleData Generate(int seed, DateTimeOffset now)
    {
        var catalog = CatalogGenerator.Generate(seed);
        var customers = CustomerGenerator.Generate(seed, now);
        return new SampleData(catalog, customers, OrderHistoryGenerator.Generate(seed, catalog, customers, now));
    }
}
