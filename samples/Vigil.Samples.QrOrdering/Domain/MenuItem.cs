namespace Vigil.Samples.QrOrdering.Domain;

public sealed record MenuItem(
    int Id,
    int RestaurantId,
    string Name,
    string Category,
    string Description,
    decimal Price,
    bool IsVegetarian,
    bool IsAvailable);
