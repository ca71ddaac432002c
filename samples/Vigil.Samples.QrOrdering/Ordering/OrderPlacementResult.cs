using Vigil.Samples.QrOrdering.Domain;

namespace Vigil.Samples.QrOrdering.Ordering;

/// <summary>Either the placed order or every reason it was refused, keyed by the JSON path of the offending field.</summary>
public sealed record OrderPlacementResult(Order? Order, IReadOnlyDictionary<string, string[]> Errors)
{
    public static OrderPlacementResult Placed(Order order) => new(order, new Dictionary<string, string[]>());

    public static OrderPlacementResult Refused(IReadOnlyDictionary<string, string[]> errors) => new(null, errors);
}
