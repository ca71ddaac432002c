using Vigil.Samples.QrOrdering.Domain;

namespace Vigil.Samples.QrOrdering.Contracts;

public sealed record RestaurantSummary(int Id, string Name, string City, string Country, string Cuisine, string Currency)
{
    public static RestaurantSummary From(Restaurant r) => new(r.Id, r.Name, r.City, r.Country, r.Cuisine, r.Currency);
}
