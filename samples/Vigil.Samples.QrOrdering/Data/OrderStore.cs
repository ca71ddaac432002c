using Vigil.Samples.QrOrdering.Domain;

namespace Vigil.Samples.QrOrdering.Data;

/// <summary>
/// All orders, keyed by a sequential integer id, as the platform this sample imitates did.
/// Orders are immutable records; every change swaps the record under the lock.
/// </summary>
public sealed class OrderStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, Order> _byId = [];
    private int _lastId;

    internal OrderStore(IEnumerable<Order> history, int firstId)
    {
        _lastId = firstId - 1;
        foreach (var order in history)
        {
            _byId.Add(order.Id, order);
            _lastId = Math.Max(_lastId, order.Id);
        }
    }

    public Order? Find(int id)
    {
        lock (_gate)
        {
            return _byId.GetValueOrDefault(id);
        }
    }

    /// <summary>Adds an order under the next id; <paramref name="create"/> receives the id.</summary>
    public Order Add(Func<int, Order> create)
    {
        lock (_gate)
        {
            var order = create(_lastId + 1);
            _byId.Add(order.Id, order);
            _lastId = order.Id;
            return order;
        }
    }

    /// <summary>Applies <paramref name="change"/> atomically; returns null when the order does not exist.</summary>
    public Order? Update(int id, Func<Order, Order> change)
    {
        lock (_gate)
        {
            if (!_byId.TryGetValue(id, out var current))
            {
                return null;
            }

            var updated = change(current);
            _byId[id] = updated;
            return updated;
        }
    }

    /// <summary>Newest first.</summary>
    public IReadOnlyList<Order> Where(Func<Order, bool> predicate)
    {
        lock (_gate)
        {
            return _byId.Values.Where(predicate).OrderByDescending(o => o.Id).ToList();
        }
    }
}
