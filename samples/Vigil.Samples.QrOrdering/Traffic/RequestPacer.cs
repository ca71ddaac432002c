namespace Vigil.Samples.QrOrdering.Traffic;

/// <summary>
/// Hands out request slots at a steady rate, shared by all simulated clients, and stops after an optional budget.
/// A slow server delays later slots instead of causing a burst once it recovers.
/// </summary>
internal sealed class RequestPacer
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private readonly long _intervalTicks;
    private readonly long? _budget;
    private long _granted;
    private long _nextDue;

    public RequestPacer(double requestsPerSecond, long? budget, TimeProvider time)
    {
        _time = time;
        _budget = budget;
        _intervalTicks = (long)(time.TimestampFrequency / requestsPerSecond);
        _nextDue = time.GetTimestamp();
    }

    public bool IsExhausted => _budget is { } budget && Interlocked.Read(ref _granted) >= budget;

    /// <summary>Waits for the next slot; false once the budget is spent.</summary>
    public async ValueTask<bool> WaitTurnAsync(CancellationToken cancellationToken)
    {
        TimeSpan wait;
        lock (_gate)
        {
            if (_budget is { } budget && _granted >= budget)
            {
                return false;
            }

            _granted++;
            var now = _time.GetTimestamp();
            var due = Math.Max(now, _nextDue);
            _nextDue = due + _intervalTicks;
            wait = _time.GetElapsedTime(now, due);
        }

        if (wait > TimeSpan.Zero)
        {
            await Task.Delay(wait, _time, cancellationToken).ConfigureAwait(false);
        }

        return true;
    }
}
