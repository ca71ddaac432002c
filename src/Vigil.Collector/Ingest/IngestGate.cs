namespace Vigil.Collector.Ingest;

/// <summary>
/// Bounds how many ingest requests are read, validated and masked at once. Each may hold a decompressed batch of
/// up to 32 MiB in memory, so without a bound N hostile senders cost N × that; with it, the collector's memory
/// is bounded whatever the senders do, and the rest are told to retry (429).
/// </summary>
internal sealed class IngestGate(CollectorOptions options) : IDisposable
{
    private readonly SemaphoreSlim _slots = new(options.MaxConcurrentIngests, options.MaxConcurrentIngests);

    /// <summary>Waits up to a second for a slot: a burst queues briefly, sustained overload gets 429.</summary>
    public Task<bool> TryEnterAsync(CancellationToken cancellationToken) => _slots.WaitAsync(TimeSpan.FromSeconds(1), cancellationToken);

    public void Exit() => _slots.Release();

    public void Dispose() => _slots.Dispose();
}
