using Vigil.Alerting.Grouping;

namespace Vigil.Alerting.Channels;

/// <summary>Somewhere alerts go. One send is one attempt; the dispatcher owns retries, timeouts and the delivery log.</summary>
public interface IAlertChannel
{
    string Name { get; }

    Task<DeliveryAttempt> SendAsync(AlertChange change, CancellationToken cancellationToken);
}
