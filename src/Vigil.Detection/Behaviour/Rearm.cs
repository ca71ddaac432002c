using Vigil.Detection.Behaviour.Windows;

namespace Vigil.Detection.Behaviour;

/// <summary>
/// Once a detector has fired for a subject it stays quiet for a while: the alert already groups what follows,
/// and a thousand findings for one attack would bury it. Bounded like every other detector table.
/// </summary>
internal sealed class Rearm(TimeSpan quiet, int capacity)
{
    private readonly BoundedMap<string, Box> _fired = new(capacity);

    /// <summary>True (and remembered) when <paramref name="subject"/> has not fired within the quiet period.</summary>
    public bool TryFire(string subject, DateTimeOffset at)
    {
        var box = _fired.GetOrAdd(subject, static () => new Box { Ticks = long.MinValue });
        if (box.Ticks != long.MinValue && at.UtcTicks - box.Ticks < quiet.Ticks)
        {
            return false;
        }

        box.Ticks = at.UtcTicks;
        return true;
    }

    private sealed class Box
    {
        public long Ticks;
    }
}
