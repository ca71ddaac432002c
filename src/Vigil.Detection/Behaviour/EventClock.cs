namespace Vigil.Detection.Behaviour;

/// <summary>
/// A clock that reads the latest event time seen, so everything downstream of detection (alert cooldowns,
/// grouping) runs on the events' own timeline: a replayed capture behaves as it did live.
/// </summary>
public sealed class EventClock : TimeProvider
{
    private long _ticks = DateTimeOffset.UnixEpoch.UtcTicks;

    public void Observe(DateTimeOffset at)
    {
        if (at.UtcTicks > _ticks)
        {
            _ticks = at.UtcTicks;
        }
    }

    public override DateTimeOffset GetUtcNow() => new(Interlocked.Read(ref _ticks), TimeSpan.Zero);
}
