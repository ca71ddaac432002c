namespace Vigil.AspNetCore.Tests.Support;

/// <summary>A clock whose wall time is fixed (so timestamps can be asserted exactly); timers and timestamps stay real.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
