using Vigil.Core.Findings;

namespace Vigil.Storage;

/// <summary>Projects and their API keys.</summary>
public interface IProjectStore
{
    Task<Project> GetOrCreateProjectAsync(string name, CancellationToken cancellationToken = default);

    Task<Project?> FindProjectAsync(string name, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<Project>> ListProjectsAsync(CancellationToken cancellationToken = default);

    Task<ApiKeyRecord> AddKeyAsync(Guid projectId, KeyScope scope, string hash, string prefix, string? name, CancellationToken cancellationToken = default);

    Task<ApiKeyRecord?> FindKeyByHashAsync(string hash, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ApiKeyRecord>> ListKeysAsync(Guid projectId, CancellationToken cancellationToken = default);

    /// <summary>Revokes a key by id or by its display prefix; false when no active key matched.</summary>
    Task<bool> RevokeKeyAsync(Guid projectId, string idOrPrefix, CancellationToken cancellationToken = default);
}

/// <summary>Dashboard users.</summary>
public interface IUserStore
{
    Task<bool> AnyUserAsync(CancellationToken cancellationToken = default);

    Task<UserRecord> AddUserAsync(string username, string passwordHash, CancellationToken cancellationToken = default);

    Task<UserRecord?> FindUserAsync(string username, CancellationToken cancellationToken = default);

    Task<bool> SetPasswordHashAsync(string username, string passwordHash, CancellationToken cancellationToken = default);
}

/// <summary>Captured events, their findings and the endpoint statistics derived from them.</summary>
public interface IEventStore
{
    /// <summary>
    /// Appends events atomically: when the task completes the whole list is durable; when it fails nothing is.
    /// An event whose id is already stored is skipped (senders retry), so statistics never count it twice.
    /// </summary>
    Task<AppendResult> AppendAsync(IReadOnlyList<EventWrite> events, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<StoredEvent>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken = default);

    Task<StoredEvent?> GetEventAsync(Guid projectId, Guid eventId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<EndpointStats>> ListEndpointsAsync(Guid projectId, CancellationToken cancellationToken = default);

    /// <summary>The findings feed, newest first.</summary>
    Task<IReadOnlyList<Finding>> QueryFindingsAsync(FindingQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// The project's latest events, oldest first, for warming the behavioural detectors after a restart: at most
    /// <paramref name="max"/>, none older than <paramref name="horizon"/> before the project's newest event, each
    /// with its <see cref="StoredEvent.ClientKey"/>, none stored after the replay began (those come through the live
    /// queue). A backend that cannot replay yields nothing (detectors start cold).
    /// </summary>
    IAsyncEnumerable<StoredEvent> ReplayRecentAsync(Guid projectId, TimeSpan horizon, int max, CancellationToken cancellationToken = default) =>
        AsyncEnumerable.Empty<StoredEvent>();
}

/// <summary>A storage backend: everything the collector keeps, created and migrated by <see cref="InitializeAsync"/>.</summary>
public interface IVigilStore : IAsyncDisposable
{
    IProjectStore Projects { get; }

    IUserStore Users { get; }

    IEventStore Events { get; }

    /// <summary>Specs attached to projects; null for a backend that cannot hold them yet (the collector then validates nothing).</summary>
    ISpecStore? Specs => null;

    /// <summary>Creates the database when missing and applies pending schema migrations.</summary>
    Task InitializeAsync(CancellationToken cancellationToken = default);
}
