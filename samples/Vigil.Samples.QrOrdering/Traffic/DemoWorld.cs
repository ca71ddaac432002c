using System.Collections.Concurrent;
using Vigil.Samples.QrOrdering.Data.Seeding;
using Vigil.Samples.QrOrdering.Domain;

namespace Vigil.Samples.QrOrdering.Traffic;

/// <summary>
/// What real clients would know and the driver can't ask the API for: the QR codes stuck on tables, regulars' phone
/// numbers, staff logins. Regenerated from the sample's seed, so it matches the running app without a back door.
/// </summary>
internal sealed class DemoWorld
{
    private DemoWorld(SampleCatalog catalog, IReadOnlyList<Customer> regulars)
    {
        Tables = catalog.Tables;
        Regulars = regulars;
        Staff = catalog.Staff;
    }

    public IReadOnlyList<DiningTable> Tables { get; }

    public IReadOnlyList<Customer> Regulars { get; }

    public IReadOnlyList<StaffMember> Staff { get; }

    /// <summary>Bearer tokens of staff already signed in, by staff id: tablets stay signed in for the shift.</summary>
    public ConcurrentDictionary<int, string> StaffTokens { get; } = new();

    public static DemoWorld FromSeed(int seed) =>
        // Customer timestamps depend on "now", but the driver only needs names and numbers.
        new(CatalogGenerator.Generate(seed), CustomerGenerator.Generate(seed, DateTimeOffset.UnixEpoch));
}
