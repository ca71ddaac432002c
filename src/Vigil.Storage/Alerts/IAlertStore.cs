namespace Vigil.Storage.Alerts;

/// <summary>Alerts, their delivery log and each project's channels.</summary>
public interface IAlertStore
{
    /// <summary>Inserts or replaces the alert with this id.</summary>
    Task SaveAlertAsync(AlertRecord alert, CancellationToken cancellationToken = default);

    Task<AlertRecord?> GetAlertAsync(Guid projectId, Guid alertId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<AlertRecord>> QueryAlertsAsync(AlertQuery query, CancellationToken cancellationToken = default);

    /// <summary>Every project's alerts still open or acknowledged, or resolved since <paramref name="since"/>: what grouping needs after a restart.</summary>
    Task<IReadOnlyList<AlertRecord>> ListLiveAlertsAsync(DateTimeOffset since, CancellationToken cancellationToken = default);

    Task AddDeliveryAsync(DeliveryRecord delivery, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<DeliveryRecord>> ListDeliveriesAsync(Guid projectId, Guid alertId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ChannelConfig>> ListChannelsAsync(Guid projectId, CancellationToken cancellationToken = default);

    /// <summary>Inserts or replaces the project's channel of this name.</summary>
    Task SaveChannelAsync(ChannelConfig channel, CancellationToken cancellationToken = default);

    Task<bool> DeleteChannelAsync(Guid projectId, string name, CancellationToken cancellationToken = default);
}

/// <summary>A store that keeps alerts; the SQLite store is one. Kept apart from <see cref="IVigilStore"/> so backends opt in.</summary>
public interface IAlertStoreProvider
{
    IAlertStore Alerts { get; }
}
