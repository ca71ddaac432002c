namespace Vigil.Samples.QrOrdering.Contracts;

/// <summary>One restaurant's day (UTC): volume, takings and what sold. Cancelled orders count towards volume only.</summary>
public sealed record DailyReport(
    int RestaurantId,
    DateOnly Date,
    string Currency,
    int OrderCount,
    int CancelledCount,
    decimal Revenue,
    decimal AverageOrderValue,
    IReadOnlyDictionary<string, int> OrdersByStatus,
    IReadOnlyList<TopSellingItem> TopItems);

public sealed record TopSellingItem(int MenuItemId, string Name, int Quantity);
