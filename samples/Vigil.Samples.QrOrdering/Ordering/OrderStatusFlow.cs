using Vigil.Samples.QrOrdering.Domain;

namespace Vigil.Samples.QrOrdering.Ordering;

/// <summary>Which status changes the kitchen may make: forward one step at a time, or cancel before cooking starts.</summary>
internal static class OrderStatusFlow
{
    public static bool CanMove(OrderStatus from, OrderStatus to) => (from, to) switch
    {
        (OrderStatus.Placed, OrderStatus.Accepted) => true,
        (OrderStatus.Accepted, OrderStatus.Preparing) => true,
        (OrderStatus.Preparing, OrderStatus.Served) => true,
        (OrderStatus.Served, OrderStatus.Completed) => true,
        (OrderStatus.Placed or OrderStatus.Accepted, OrderStatus.Cancelled) => true,
        _ => false,
    };

    public static bool IsOpen(OrderStatus status) => status is not (OrderStatus.Completed or OrderStatus.Cancelled);

    /// <summary>The next step forward, or null for orders that are finished.</summary>
    public static OrderStatus? Next(OrderStatus status) => status switch
    {
        OrderStatus.Placed => OrderStatus.Accepted,
        OrderStatus.Accepted => OrderStatus.Preparing,
        OrderStatus.Preparing => OrderStatus.Served,
        OrderStatus.Served => OrderStatus.Completed,
        _ => null,
    };
}
