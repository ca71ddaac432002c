using Vigil.Samples.QrOrdering.Data.Seeding;

namespace Vigil.Samples.QrOrdering.Tests.Hosting;

/// <summary>Seeded facts the tests use, regenerated from the sample's own seed rather than copied as literals.</summary>
internal static class KnownData
{
    private static readonly Lazy<SampleCatalog> CatalogOnce = new(() => CatalogGenerator.Generate(SampleSeed.Default));

    public static SampleCatalog Catalog => CatalogOnce.Value;

    public static string QrTokenOf(int restaurantId) => Catalog.Tables.First(t => t.RestaurantId == restaurantId).QrToken;

    public static int AvailableDishOf(int restaurantId) =>
        Catalog.MenuItems.First(m => m.RestaurantId == restaurantId && m.IsAvailable).Id;
}
