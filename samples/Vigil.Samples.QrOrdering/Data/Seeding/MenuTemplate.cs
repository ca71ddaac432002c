namespace Vigil.Samples.QrOrdering.Data.Seeding;

/// <summary>A dish a cuisine offers, with a typical price in India (INR) and in Europe (EUR/GBP).</summary>
internal sealed record MenuTemplate(
    string Name,
    string Category,
    string Description,
    bool IsVegetarian,
    decimal PriceInIndia,
    decimal PriceInEurope);
