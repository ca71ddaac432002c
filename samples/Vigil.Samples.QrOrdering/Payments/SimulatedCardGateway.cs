namespace Vigil.Samples.QrOrdering.Payments;

/// <summary>
/// Stands in for the acquiring bank. Follows the common test-card convention: 4000 0000 0000 0002 is declined,
/// every other valid number is approved.
/// </summary>
internal static class SimulatedCardGateway
{
    public const string DeclinedTestCard = "4000000000000002";

    public static bool Approve(string cardDigits) => cardDigits != DeclinedTestCard;
}
