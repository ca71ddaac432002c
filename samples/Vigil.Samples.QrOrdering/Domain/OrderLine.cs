namespace Vigil.Samples.QrOrdering.Domain;

/// <summary>One menu item on an order; name and price are copied so later menu edits don't rewrite history.</summary>
public sealed record OrderLine(int MenuItemId, string Name, int Quantity, decimal UnitPrice, string? Note)
{
    public decimal LineTotal => UnitPrice * Quantity;
}
