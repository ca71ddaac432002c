namespace Vigil.AspNetCore.Shipping.Threading;

/// <summary>What became of a request to lower the shipper thread's priority; logged once at start-up.</summary>
internal enum PriorityOutcome
{
    /// <summary>ShipperPriority is Normal: nothing was asked.</summary>
    NotRequested,

    /// <summary>The thread runs at the OS's lowest priority.</summary>
    Lowered,

    /// <summary>This OS has no per-thread priority the SDK can set; the thread runs at normal priority.</summary>
    Unsupported,

    /// <summary>The OS refused or the call failed; the thread runs at normal priority.</summary>
    Failed,
}
