using Vigil.Samples.QrOrdering.Domain;

namespace Vigil.Samples.QrOrdering.Ordering;

internal readonly record struct OrderPrice(decimal Subtotal, decimal Tax, decimal Total);

/// <summary>Prices an order: tax is charged on the whole bill and rounded once, as restaurant receipts do.</summary>
internal static class OrderPricing
{
    public static OrderPrice Price(IEnumerable<OrderLine> lines, decimal taxRate)
    {
        var subtotal = lines.Sum(l => l.LineTotal);
        var tax = Math.Round(subtotal * taxRate, 2, MidpointRounding.AwayFromZero);
        return new OrderPrice(subtotal, tax, subtotal + tax);
    }
}
