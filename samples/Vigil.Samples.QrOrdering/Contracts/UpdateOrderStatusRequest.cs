using System.ComponentModel.DataAnnotations;

namespace Vigil.Samples.QrOrdering.Contracts;

public sealed record UpdateOrderStatusRequest
{
    /// <summary>One of placed, accepted, preparing, served, completed, cancelled.</summary>
    [Required]
    public string? Status { get; init; }
}
