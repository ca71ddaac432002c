using Vigil.Samples.QrOrdering.Domain;

namespace Vigil.Samples.QrOrdering.Data.Seeding;

/// <summary>The slow-changing part of the world: restaurants, their tables, menus and staff.</summary>
internal sealed record SampleCatalog(
    IReadOnlyList<Restaurant> Restaurants,
    IReadOnlyList<DiningTable> Tables,
    IReadOnlyList<MenuItem> MenuItems,
    IReadOnlyList<StaffMember> Staff);
