namespace Vigil.Samples.QrOrdering.Domain;

/// <summary>A captured card payment. Only the brand and last four digits are kept; the full number and CVV never are.</summary>
public sealed record Payment(
    string Id,
    int OrderId,
    decimal Amount,
    string Currency,
    string CardBrand,
    string Last4,
    DateTimeOffset CapturedAt);
