using System.ComponentModel.DataAnnotations;

namespace Vigil.Samples.QrOrdering.Contracts;

/// <summary>A diner's order from the table their phone scanned. Structural rules here; menu rules in OrderPlacement.</summary>
public sealed record PlaceOrderRequest
{
    [Required, StringLength(64)]
    public string? TableQrToken { get; init; }

    [Required]
    public DinerDetails? Customer { get; init; }

    [Required, MinLength(1), MaxLength(30)]
    public IReadOnlyList<OrderItemRequest>? Items { get; init; }
}

public sealed record DinerDetails
{
    [Required, StringLength(100, MinimumLength = 2)]
    public string? Name { get; init; }

    [Required, StringLength(32)]
    public string? Phone { get; init; }

    [EmailAddress, StringLength(254)]
    public string? Email { get; init; }
}

public sealed record OrderItemRequest
{
    [Range(1, int.MaxValue)]
    public int MenuItemId { get; init; }

    [Range(1, 20)]
    public int Quantity { get; init; }

    [StringLength(200)]
    public string? Note { get; init; }
}
