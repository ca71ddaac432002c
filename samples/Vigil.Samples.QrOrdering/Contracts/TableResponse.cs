namespace Vigil.Samples.QrOrdering.Contracts;

/// <summary>What the diner's phone learns from a scanned QR code: where they are and where the menu is.</summary>
public sealed record TableResponse(string QrToken, int TableNumber, string TableLabel, RestaurantSummary Restaurant, string MenuUrl);
