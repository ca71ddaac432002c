namespace Vigil.Detection.Behaviour.Windows;

/// <summary>
/// A map with a fixed capacity that evicts its least recently touched entry when full: a detector's memory stays
/// bounded whatever the number of clients, and the clients it forgets are the quiet ones. Not thread-safe (the
/// behaviour engine is single-threaded).
/// </summary>
internal sealed class BoundedMap<TKey, TValue>(int capacity)
    where TKey : notnull
{
    private readonly Dictionary<TKey, LinkedListNode<(TKey Key, TValue Value)>> _map = new(Math.Min(capacity, 1024));
    private readonly LinkedList<(TKey Key, TValue Value)> _order = new();

    public int Count => _map.Count;

    public int Capacity => capacity;

    /// <summary>Entries dropped to stay within capacity, for the engine's statistics.</summary>
    public long Evicted { get; private set; }

    public IEnumerable<TValue> Values => _order.Select(n => n.Value);

    public TValue GetOrAdd(TKey key, Func<TValue> create)
    {
        if (_map.TryGetValue(key, out var node))
        {
            if (node != _order.First)
            {
                _order.Remove(node);
                _order.AddFirst(node);
            }

            return node.Value.Value;
        }

        if (_map.Count >= capacity)
        {
            var last = _order.Last!;
            _order.RemoveLast();
            _map.Remove(last.Value.Key);
            Evicted++;
        }

        var value = create();
        _map[key] = _order.AddFirst((key, value));
        return value;
    }

    public bool TryGet(TKey key, out TValue value)
    {
        if (_map.TryGetValue(key, out var node))
        {
            value = node.Value.Value;
            return true;
        }

        value = default!;
        return false;
    }
}
