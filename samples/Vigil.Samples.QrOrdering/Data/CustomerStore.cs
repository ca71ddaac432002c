using Vigil.Samples.QrOrdering.Domain;
using Vigil.Samples.QrOrdering.Ordering;

namespace Vigil.Samples.QrOrdering.Data;

/// <summary>Diners by id and by phone number, the key the platform recognises returning diners by.</summary>
public sealed class CustomerStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<int, Customer> _byId = [];
    private readonly Dictionary<string, int> _idByPhone = new(StringComparer.Ordinal);

    internal CustomerStore(IEnumerable<Customer> seed)
    {
        foreach (var customer in seed)
        {
            _byId.Add(customer.Id, customer);
            _idByPhone.Add(PhoneNumbers.Normalize(customer.Phone)!, customer.Id);
        }
    }

    public Customer? Find(int id)
    {
        lock (_gate)
        {
            return _byId.GetValueOrDefault(id);
        }
    }

    /// <summary>Finds a diner however the number was typed: with or without +91, spaces or dashes.</summary>
    public Customer? FindByPhone(string phone)
    {
        var key = PhoneNumbers.Normalize(phone);
        if (key is null)
        {
            return null;
        }

        lock (_gate)
        {
            return _idByPhone.TryGetValue(key, out var id) ? _byId[id] : null;
        }
    }

    /// <summary>Returns the diner with this phone number, creating them on their first order; the name and any e-mail typed this time replace the saved ones.</summary>
    public Customer Upsert(string name, string phone, string? email, DateTimeOffset now)
    {
        var key = PhoneNumbers.Normalize(phone) ?? throw new ArgumentException("Not a phone number.", nameof(phone));
        lock (_gate)
        {
            if (_idByPhone.TryGetValue(key, out var id))
            {
                var existing = _byId[id];
                var updated = existing with { Name = name, Email = email ?? existing.Email };
                _byId[id] = updated;
                return updated;
            }

            var customer = new Customer(_byId.Count + 1, name, PhoneNumbers.Format(key), email, now);
            _byId.Add(customer.Id, customer);
            _idByPhone.Add(key, customer.Id);
            return customer;
        }
    }
}
