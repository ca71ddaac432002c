using Vigil.Samples.QrOrdering.Contracts;
using Vigil.Samples.QrOrdering.Domain;

namespace Vigil.Samples.QrOrdering.Ordering;

internal static class DailyReportBuilder
{
    private const int TopItemCount = 5;

    public static DailyReport Build(Restaurant restaurant, DateOnly date, IReadOnlyList<Order> ordersThatDay)
    {
        var kept = ordersThatDay.Where(o => o.Status != OrderStatus.Cancelled).ToList();
        var revenue = kept.Sum(o => o.Total);
        return new DailyReport(
            restaurant.Id,
            date,
            restaurant.Currency,
            ordersThatDay.Count,
            ordersThatDay.Count - kept.Count,
            revenue,
            kept.Count == 0 ? 0m : Math.Round(revenue / kept.Count, 2, MidpointRounding.AwayFromZero),
            ordersThatDay.GroupBy(o => o.Status).ToDictionary(g => g.Key.ToString().ToLowerInvariant(), g => g.Count()),
            kept.SelectMany(o => o.Lines)
                .GroupBy(l => (l.MenuItemId, l.Name))
                .Select(g => new TopSellingItem(g.Key.MenuItemId, g.Key.Name, g.Sum(l => l.Quantity)))
                .OrderByDescending(t => t.Quantity)
                .ThenBy(t => t.MenuItemId)
                .Take(TopItemCount)
                .ToList());
    }
}
