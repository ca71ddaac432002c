using System.ComponentModel.DataAnnotations;

namespace Vigil.Samples.QrOrdering.Contracts;

/// <summary>
/// A card payment for an order. Card fields carry no format attributes on purpose: their checks live in
/// PaymentsController, whose messages never repeat what was typed.
/// </summary>
public sealed record PaymentRequest
{
    [Range(1, int.MaxValue)]
    public int OrderId { get; init; }

    [Required]
    public string? CardNumber { get; init; }

    /// <summary>MM/YY, as printed on the card.</summary>
    [Required]
    public string? Expiry { get; init; }

    [Required]
    public string? Cvv { get; init; }

    [Range(0.01, 1_000_000)]
    public decimal Amount { get; init; }
}
