using Vigil.Samples.QrOrdering.Domain;
using Vigil.Samples.QrOrdering.Ordering;

namespace Vigil.Samples.QrOrdering.Tests.Ordering;

public sealed class OrderStatusFlowTests
{
    [Theory]
    [InlineData(OrderStatus.Placed, OrderStatus.Accepted, true)]
    [InlineData(OrderStatus.Served, OrderStatus.Completed, true)]
    [InlineData(OrderStatus.Accepted, OrderStatus.Cancelled, true)]
    [InlineData(OrderStatus.Placed, OrderStatus.Served, false)]
    [InlineData(OrderStatus.Preparing, OrderStatus.Cancelled, false)]
    [InlineData(OrderStatus.Completed, OrderStatus.Placed, false)]
    public void CanMove_OneStepForwardOrCancelBeforeCooking(OrderStatus from, OrderStatus to, bool allowed) =>
        Assert.Equal(allowed, OrderStatusFlow.CanMove(from, to));

    [Theory]
    [InlineData("accepted", true)]
    [InlineData("ACCEPTED", true)]
    [InlineData("1", false)]
    [InlineData("placed,accepted", false)]
    public void StatusNames_AcceptNamesOnly(string text, bool parses) =>
        Assert.Equal(parses, OrderStatusNames.TryParse(text, out _));
}
