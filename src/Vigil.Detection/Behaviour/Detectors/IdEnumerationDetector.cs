using System.Globalization;
using Vigil.Core.Findings;
using Vigil.Detection.Behaviour.Windows;

namespace Vigil.Detection.Behaviour.Detectors;

/// <summary>
/// One client walking object ids on one route: many distinct ids in the window, a sequential walk
/// (<c>/orders/1001, 1002, 1003…</c>), or mostly 403/404 answers — the shape of a BOLA hunt, which no single
/// request shows. Only ids the client was never shown count: staff opening the orders their list returned, or a
/// diner polling the order it just placed, are following links, not guessing them.
/// </summary>
internal sealed class IdEnumerationDetector(BehaviourOptions options) : IBehaviourDetector
{
    private const int MinForMissShare = 20;
    private readonly BoundedMap<string, State> _walks = new(options.MaxEndpoints);
    private readonly Rearm _rearm = new(options.Rearm, options.MaxEndpoints);
    private readonly BoundedMap<string, RecentDistinct> _shown = new(Math.Max(1, options.MaxClients / 4));

    public RuleDescriptor Descriptor { get; } = new(
        "VG2001", "Object id enumeration (BOLA)", "Behaviour", ThreatLevel.High, "CWE-639", BehaviourOwasp.BrokenObjectLevelAuthorization,
        "Check on every request that the caller owns or may see the object (not only that it is signed in); use random ids (UUIDv4/v7); "
        + "rate-limit per client on object routes; review which objects this client received.");

    public void Observe(BehaviourEvent e, DetectorSink findings)
    {
        // Judge the request before learning from its answer: an object's own body always shows its id.
        var requested = e.ObjectId is { } id && !(_shown.TryGet(e.Client, out var known) && known.Contains(id)) ? id : null;
        if (e.ReceivedIds is { Count: > 0 } received)
        {
            var shown = _shown.GetOrAdd(e.Client, () => new RecentDistinct(TimeSpan.FromHours(1), 512));
            foreach (var r in received)
            {
                shown.Add(r, e.Timestamp);
            }
        }

        if (requested is null)
        {
            return;
        }

        var walk = _walks.GetOrAdd(e.Client + " " + e.Endpoint, () => new State(options));
        var distinct = walk.Ids.Add(requested, e.Timestamp);
        var total = walk.Requests.Add(e.Timestamp);
        var misses = e.Status is 403 or 404 ? walk.Misses.Add(e.Timestamp) : walk.Misses.Total(e.Timestamp);
        var run = walk.Step(requested);

        var manyIds = distinct >= options.EnumerationDistinctIds;
        var sequential = run >= options.EnumerationSequentialRun;
        var probing = total >= MinForMissShare && misses * 2 >= total && distinct >= MinForMissShare / 2;
        if ((manyIds || sequential || probing) && _rearm.TryFire(e.Client + " " + e.Endpoint, e.Timestamp))
        {
            var why = sequential ? $"a sequential walk of {run} ids" : manyIds ? $"{distinct} distinct ids" : $"{misses} of {total} answered 403/404";
            findings.Report(
                e, e.Client, e.Endpoint,
                $"{e.Client} requested {why} it was never shown, on {e.Endpoint} within {options.EnumerationWindow.TotalMinutes:0} minutes.",
                $"distinct ids {distinct}, longest sequential run {walk.LongestRun}, 403/404 {misses} of {total}");
        }
    }

    private sealed class State(BehaviourOptions options)
    {
        private long? _last;
        private int _direction;
        private int _run;

        public RecentDistinct Ids { get; } = new(options.EnumerationWindow, options.EnumerationDistinctIds * 2);

        public WindowCounter Requests { get; } = new(options.EnumerationWindow);

        public WindowCounter Misses { get; } = new(options.EnumerationWindow);

        public int LongestRun { get; private set; }

        /// <summary>Extends the current walk when the id steps by 1–3 in the same direction; returns its length.</summary>
        public int Step(string id)
        {
            if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                _last = null;
                return _run = 0;
            }

            var delta = _last is { } last ? value - last : 0;
            var direction = Math.Sign(delta);
            if (Math.Abs(delta) is >= 1 and <= 3 && (_direction == 0 || direction == _direction))
            {
                _run++;
                _direction = direction;
            }
            else if (delta != 0)
            {
                _run = 1;
                _direction = 0;
            }

            _last = value;
            LongestRun = Math.Max(LongestRun, _run);
            return _run;
        }
    }
}
