using System.Collections.Concurrent;
using Vigil.Samples.QrOrdering.Domain;

namespace Vigil.Samples.QrOrdering.Data;

public sealed class PaymentStore
{
    private readonly ConcurrentDictionary<string, Payment> _byId = new(StringComparer.Ordinal);

    public void Add(Payment payment) => _byId[payment.Id] = payment;

    public Payment? Find(string id) => _byId.GetValueOrDefault(id);
}
