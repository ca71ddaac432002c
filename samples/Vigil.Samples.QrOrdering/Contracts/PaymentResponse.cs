namespace Vigil.Samples.QrOrdering.Contracts;

/// <summary>The receipt of a payment: never more of the card than its brand and last four digits.</summary>
public sealed record PaymentResponse(string PaymentId, int OrderId, string Status, decimal Amount, string Currency, string CardBrand, string Last4);
