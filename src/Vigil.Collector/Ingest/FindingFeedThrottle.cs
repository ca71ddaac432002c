using Vigil.Core.Findings;

namespace Vigil.Collector.Ingest;

/// <summary>
/// Decides which findings go to the findings feed. Medium and high findings always do. A low finding is a property
/// of an endpoint (no HSTS, no rate-limit headers, integer ids) that repeats on every request: it goes to the feed
/// once per endpoint, rule and location every <see cref="Window"/>, measured on the events' own timestamps. Each
/// event still keeps all its findings. Bounded: past <see cref="MaxKeys"/> remembered keys the memory is cleared,
/// which only lets a repeat through early.
/// </summary>
internal sealed class FindingFeedThrottle
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);
    public const int MaxKeys = 100_000;

    private readonly Dictionary<(Guid Project, string? Endpoint, string Rule, string? Location), DateTimeOffset> _lastFed = [];
    private readonly Lock _gate = new();

    public List<Finding> ForFeed(Guid project, IReadOnlyList<Finding> findings)
    {
        var feed = new List<Finding>(findings.Count);
        lock (_gate)
        {
            foreach (var f in findings)
            {
                if (f.Threat > ThreatLevel.Low)
                {
                    feed.Add(f);
                    continue;
                }

                var key = (project, f.Endpoint, f.RuleId, f.Location);
                if (_lastFed.TryGetValue(key, out var last) && f.Timestamp >= last && f.Timestamp - last < Window)
                {
                    continue;
                }

                if (_lastFed.Count >= MaxKeys)
                {
                    _lastFed.Clear();
                }

                _lastFed[key] = f.Timestamp;
                feed.Add(f);
            }
        }

        return feed;
    }

    /// <summary>
    /// Takes back what <see cref="ForFeed"/> remembered for findings whose batch was never stored (queue full, commit
    /// failed): the sender retries, and the retry's low findings must reach the feed rather than count as already sent.
    /// </summary>
    public void Withdraw(Guid project, IEnumerable<Finding> fed)
    {
        lock (_gate)
        {
            foreach (var f in fed)
            {
                var key = (project, f.Endpoint, f.RuleId, f.Location);
                if (f.Threat == ThreatLevel.Low && _lastFed.TryGetValue(key, out var last) && last == f.Timestamp)
                {
                    _lastFed.Remove(key);
                }
            }
        }
    }
}
