namespace Vigil.Samples.QrOrdering.Data.Seeding;

/// <summary>Where a restaurant is, and what follows from that: currency, sales tax and the locale staff names come from.</summary>
internal sealed record CityProfile(string City, string Country, string Currency, decimal TaxRate, string Locale)
{
    public bool IsInIndia => Country == "India";
}
