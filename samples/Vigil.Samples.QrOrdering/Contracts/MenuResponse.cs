namespace Vigil.Samples.QrOrdering.Contracts;

public sealed record MenuResponse(RestaurantSummary Restaurant, IReadOnlyList<MenuItemView> Items);

public sealed record MenuItemView(
    int Id, string Name, string Category, string Description, decimal Price, bool IsVegetarian, bool IsAvailable);
