namespace Vigil.Samples.QrOrdering.Data.Seeding;

internal static class SampleSeed
{
    /// <summary>
    /// Every run of the sample generates the same restaurants, QR tokens, customers and order ids from this seed,
    /// so the README, the tests and the demo traffic driver can all rely on them.
    /// </summary>
    public const int Default = 37_529;
}
