namespace Vigil.Samples.QrOrdering.Traffic;

/// <summary>How hard and how long <see cref="DemoTrafficDriver"/> drives the sample.</summary>
public sealed class DemoTrafficOptions
{
    /// <summary>Target request rate across all simulated clients. Must be positive.</summary>
    public double RequestsPerSecond { get; init; } = 20;

    /// <summary>Simulated clients active at once; each waits for its response before its next request.</summary>
    public int MaxConcurrency { get; init; } = 4;

    /// <summary>Seeds every choice the simulated clients make, so two runs make the same visits.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Stop after this many requests; null means only the duration or the token stops the run.</summary>
    public long? MaxRequests { get; init; }

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Receives a snapshot about once per <see cref="ProgressInterval"/> and once at the end.</summary>
    public IProgress<DemoTrafficStats>? Progress { get; init; }

    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Optional transport, e.g. an in-memory test server's handler; the driver does not dispose it.</summary>
    public HttpMessageHandler? Handler { get; init; }

    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;
}
