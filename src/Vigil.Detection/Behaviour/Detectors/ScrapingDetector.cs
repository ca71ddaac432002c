using Vigil.Core.Findings;
using Vigil.Detection.Behaviour.Windows;

namespace Vigil.Detection.Behaviour.Detectors;

/// <summary>
/// A client reading far more records than its own history and than its peers (the median client of the same kind:
/// keys against keys, users against users, addresses against addresses — an integration is not a diner), or walking
/// deep into the pages of one list: harvesting the data set one legitimate-looking page at a time.
/// </summary>
internal sealed class ScrapingDetector(BehaviourOptions options) : IBehaviourDetector
{
    private readonly BoundedMap<string, Reader> _clients = new(options.MaxClients);
    private readonly BoundedMap<string, RecentDistinct> _paging = new(options.MaxEndpoints);
    private readonly PeerMedian[] _peers = [new(), new(), new()];
    private const int MinPeerWindows = 8;
    private readonly Rearm _rearm = new(options.Rearm, options.MaxClients);

    public RuleDescriptor Descriptor { get; } = new(
        "VG2005", "Scraping or data harvesting", "Behaviour", ThreatLevel.Medium, "CWE-799", BehaviourOwasp.SensitiveBusinessFlows,
        "Cap page sizes and page depth, rate-limit reads per client, require authentication for bulk data, and return only "
        + "the fields a screen needs.");

    public void Observe(BehaviourEvent e, DetectorSink findings)
    {
        if (e.Records > 0)
        {
            Volume(e, findings);
        }

        if (e.Page is { } page && e.Status is >= 200 and < 300)
        {
            var pages = _paging.GetOrAdd(e.Client + " " + e.Endpoint, () => new RecentDistinct(options.ScrapingWindow, options.DeepPaginationPages * 2))
                .Add(page.ToString(System.Globalization.CultureInfo.InvariantCulture), e.Timestamp);
            if (pages >= options.DeepPaginationPages && _rearm.TryFire("pages " + e.Client + " " + e.Endpoint, e.Timestamp))
            {
                findings.Report(
                    e, e.Client, e.Endpoint,
                    $"{e.Client} walked {pages} pages of {e.Endpoint} within {options.ScrapingWindow.TotalMinutes:0} minutes.",
                    $"distinct pages {pages}, last page {page}");
            }
        }
    }

    private void Volume(BehaviourEvent e, DetectorSink findings)
    {
        var reader = _clients.GetOrAdd(e.Client, () => new Reader(options.ScrapingWindow));
        var peers = _peers[(int)e.ClientKind];
        if (reader.Close(e.Timestamp) is { } closed)
        {
            peers.Add(closed);
        }

        var records = reader.Add(e.Timestamp, e.Records);
        var peer = peers.Median;
        var own = reader.Baseline;
        if (own is null && peers.Count < MinPeerWindows)
        {
            return; // cold start: nothing yet says what "a lot" is for this kind of client (deep pagination still counts)
        }

        // Once a client has its own history, that is what it is judged against; until then, its peers.
        var bar = Math.Max(options.ScrapingMinRecords, options.ScrapingFactor * (own ?? peer));
        if (records >= bar && _rearm.TryFire("volume " + e.Client, e.Timestamp))
        {
            findings.Report(
                e, e.Client, null,
                $"{e.Client} read {records} records within {options.ScrapingWindow.TotalMinutes:0} minutes; its peers' median is {peer:0} and its own usual is {(own is { } o ? o.ToString("0", System.Globalization.CultureInfo.InvariantCulture) : "unknown")}.",
                $"records {records}, peer median {peer:0}, own baseline {own:0}, last endpoint {e.Endpoint}");
        }
    }

    /// <summary>One client's records per window: a rolling total, and a baseline from its completed windows.</summary>
    private sealed class Reader(TimeSpan window)
    {
        private readonly WindowCounter _rolling = new(window);
        private long _windowStart = long.MinValue;
        private long _tumbling;
        private int _windows;
        private double _baseline;

        public double? Baseline => _windows >= 3 ? _baseline : null;

        /// <summary>Ends the current tumbling window when <paramref name="at"/> is past it; returns its total.</summary>
        public long? Close(DateTimeOffset at)
        {
            if (_windowStart == long.MinValue)
            {
                _windowStart = at.UtcTicks;
                return null;
            }

            if (at.UtcTicks - _windowStart < window.Ticks)
            {
                return null;
            }

            var closed = _tumbling;
            _baseline = _windows == 0 ? closed : (0.8 * _baseline) + (0.2 * closed);
            _windows++;
            _tumbling = 0;
            _windowStart = at.UtcTicks;
            return closed;
        }

        public long Add(DateTimeOffset at, int records)
        {
            _tumbling += records;
            return _rolling.Add(at, records);
        }
    }

    /// <summary>The median of recent completed client windows (a ring of 512, re-sorted every 64 additions).</summary>
    private sealed class PeerMedian
    {
        private readonly long[] _ring = new long[512];
        private int _count;
        private int _next;
        private int _sinceSort;

        public double Median { get; private set; }

        public int Count => _count;

        public void Add(long value)
        {
            _ring[_next] = value;
            _next = (_next + 1) % _ring.Length;
            _count = Math.Min(_count + 1, _ring.Length);
            if (++_sinceSort >= 64 || _count < 64)
            {
                _sinceSort = 0;
                var copy = _ring[.._count];
                Array.Sort(copy);
                Median = copy[_count / 2];
            }
        }
    }
}
