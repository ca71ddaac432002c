namespace Vigil.Samples.QrOrdering.Domain;

/// <summary>A venue on the platform. Currency and tax rate follow the city it is in.</summary>
public sealed record Restaurant(
    int Id,
    string Name,
    string City,
    string Country,
    string Cuisine,
    string Currency,
    decimal TaxRate);
