namespace Vigil.Samples.QrOrdering.Domain;

/// <summary>A physical table; its QR sticker encodes <see cref="QrToken"/>, the diner's only way in.</summary>
public sealed record DiningTable(int Id, int RestaurantId, int Number, string Label, string QrToken);
