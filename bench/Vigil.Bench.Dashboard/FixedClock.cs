namespace Vigil.Bench.Dashboard;

/// <summary>The bench's "now": fixed, so a cached database is measured over the same 24 hours every run.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
