namespace Vigil.AspNetCore;

/// <summary>The OS scheduling priority of the SDK's shipper thread (masking, serializing, compressing).</summary>
public enum ShipperPriority
{
    /// <summary>
    /// The same priority as the application's threads: when the host saturates the CPU the shipper still gets its
    /// share, so events keep flowing and the host loses that share of throughput.
    /// </summary>
    Normal,

    /// <summary>
    /// The lowest priority the OS offers a thread (nice 19 on Linux, <c>ThreadPriority.Lowest</c> on Windows): the
    /// shipper uses only CPU the host leaves idle. When the host saturates the CPU the queue fills and new events
    /// are dropped and counted (<see cref="VigilMetrics.Dropped"/>) instead of slowing the host. Where the OS offers
    /// no per-thread priority (macOS) the shipper runs at normal priority and says so once in the log.
    /// </summary>
    Low,
}
