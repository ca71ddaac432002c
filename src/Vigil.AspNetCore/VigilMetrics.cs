namespace Vigil.AspNetCore;

/// <summary>
/// Running totals of what the SDK did since start-up; resolve it from DI. Thread-safe, never throws.
/// An event is counted once as <see cref="Captured"/>, then at most once as <see cref="Dropped"/> or <see cref="Shipped"/>;
/// events in a batch the collector refused or that could not be delivered are counted by batch only.
/// </summary>
public sealed class VigilMetrics
{
    private long _captured;
    private long _dropped;
    private long _shipped;
    private long _failedBatches;
    private long _rejectedBatches;
    private long _internalErrors;
    private long _shipperCpuTicks;

    /// <summary>Exchanges captured on the request path (including those later dropped).</summary>
    public long Captured => Volatile.Read(ref _captured);

    /// <summary>Events lost before sending: queue full (by count or bytes), masking failed, or shutdown cut off.</summary>
    public long Dropped => Volatile.Read(ref _dropped);

    /// <summary>Events the collector accepted.</summary>
    public long Shipped => Volatile.Read(ref _shipped);

    /// <summary>Batches given up on after <see cref="VigilOptions.MaxRetries"/> retries of network errors, timeouts, 408, 429 or 5xx.</summary>
    public long FailedBatches => Volatile.Read(ref _failedBatches);

    /// <summary>Batches the collector refused for good (400, 401, 403, 413 and other 4xx); never retried.</summary>
    public long RejectedBatches => Volatile.Read(ref _rejectedBatches);

    /// <summary>Faults inside the SDK that it swallowed so the host was not affected.</summary>
    public long InternalErrors => Volatile.Read(ref _internalErrors);

    /// <summary>
    /// CPU time the shipper used preparing (masking), serializing and compressing batches and starting to send them;
    /// not the request path, nor waiting. Zero where the OS gives no per-thread CPU time (it is read on Linux).
    /// </summary>
    public TimeSpan ShipperCpuTime => TimeSpan.FromTicks(Volatile.Read(ref _shipperCpuTicks));

    internal void OnCaptured() => Interlocked.Increment(ref _captured);

    internal void OnDropped(long events = 1) => Interlocked.Add(ref _dropped, events);

    internal void OnShipped(long events) => Interlocked.Add(ref _shipped, events);

    internal void OnFailedBatch() => Interlocked.Increment(ref _failedBatches);

    internal void OnRejectedBatch() => Interlocked.Increment(ref _rejectedBatches);

    internal void OnInternalError() => Interlocked.Increment(ref _internalErrors);

    internal void OnShipperCpu(TimeSpan used) => Interlocked.Add(ref _shipperCpuTicks, used.Ticks);

    public override string ToString() =>
        $"captured={Captured} dropped={Dropped} shipped={Shipped} failedBatches={FailedBatches} rejectedBatches={RejectedBatches} internalErrors={InternalErrors}";
}
