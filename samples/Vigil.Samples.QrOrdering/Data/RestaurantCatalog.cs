using System.Collections.Frozen;
using Vigil.Samples.QrOrdering.Domain;

namespace Vigil.Samples.QrOrdering.Data;

/// <summary>Restaurants, tables and menus. Read-only after seeding, so lookups need no locking.</summary>
public sealed class RestaurantCatalog
{
    private readonly FrozenDictionary<int, Restaurant> _restaurants;
    private readonly FrozenDictionary<int, DiningTable> _tables;
    private readonly FrozenDictionary<string, DiningTable> _tablesByQrToken;
    private readonly FrozenDictionary<int, MenuItem> _menuItems;
    private readonly ILookup<int, MenuItem> _menus;

    internal RestaurantCatalog(
        IEnumerable<Restaurant> restaurants, IEnumerable<DiningTable> tables, IEnumerable<MenuItem> menuItems)
    {
        Restaurants = restaurants.OrderBy(r => r.Id).ToList();
        _restaurants = Restaurants.ToFrozenDictionary(r => r.Id);
        _tables = tables.ToFrozenDictionary(t => t.Id);
        _tablesByQrToken = _tables.Values.ToFrozenDictionary(t => t.QrToken, StringComparer.Ordinal);
        _menuItems = menuItems.ToFrozenDictionary(m => m.Id);
        _menus = _menuItems.Values.OrderBy(m => m.Id).ToLookup(m => m.RestaurantId);
    }

    public IReadOnlyList<Restaurant> Restaurants { get; }

    public Restaurant? FindRestaurant(int id) => _restaurants.GetValueOrDefault(id);

    public DiningTable? FindTable(int id) => _tables.GetValueOrDefault(id);

    public DiningTable? FindTableByQrToken(string qrToken) => _tablesByQrToken.GetValueOrDefault(qrToken);

    public MenuItem? FindMenuItem(int id) => _menuItems.GetValueOrDefault(id);

    public IEnumerable<MenuItem> MenuOf(int restaurantId) => _menus[restaurantId];
}
