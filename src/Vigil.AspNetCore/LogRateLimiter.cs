namespace Vigil.AspNetCore;

/// <summary>
/// Lets one message through per interval and counts the rest, so a failure repeated on every request
/// (collector down, a bug on the request path) costs one log line a minute instead of flooding the host's logs.
/// </summary>
internal sealed class LogRateLimiter(TimeProvider clock, TimeSpan interval)
{
    private long _nextAllowedTimestamp = long.MinValue;
    private long _suppressed;

    /// <summary>True when the caller should log now; <paramref name="suppressed"/> is how many were skipped since.</summary>
    public bool TryEnter(out long suppressed)
    {
        var now = clock.GetTimestamp();
        var next = Volatile.Read(ref _nextAllowedTimestamp);
        var intervalTicks = (long)(interval.TotalSeconds * clock.TimestampFrequency);
        if (now >= next && Interlocked.CompareExchange(ref _nextAllowedTimestamp, now + intervalTicks, next) == next)
        {
            suppressed = Interlocked.Exchange(ref _suppressed, 0);
            return true;
        }

        Interlocked.Increment(ref _suppressed);
        suppressed = 0;
        return false;
    }
}
