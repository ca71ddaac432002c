using Vigil.Alerting;
using Vigil.Core.Findings;
using Vigil.Detection.Behaviour;
using Vigil.Storage;

namespace Vigil.Collector.Behaviour;

/// <summary>
/// Brings the detectors' windows and baselines back after a restart by replaying each project's latest stored events
/// (<see cref="BehaviourOptions.WarmupHorizon"/>, at most <see cref="BehaviourOptions.MaxWarmupEvents"/> in all,
/// shared fairly between projects) on their own timestamps before live events: an attack split across a restart is
/// still seen whole. What the replay finds was usually alerted before the restart, so a finding whose detector,
/// subject and endpoint already has a stored alert is dropped; one without (its events were committed but not yet
/// detected when the collector stopped) raises it now. Request-rule findings are not replayed: they were alerted when
/// their event was ingested, or will be when a replayed event stored after start-up comes off the live queue.
/// </summary>
internal sealed class DetectorWarmup(IVigilStore store, AlertService alerts, BehaviourOptions options)
{
    /// <summary>Events replayed, by id, so the same events arriving through the live queue are not observed twice.</summary>
    public HashSet<Guid> Replayed { get; } = [];

    /// <param name="observe">Runs the detectors on one stored event, raising only the findings the filter keeps.</param>
    public async Task RunAsync(Action<StoredEvent, Func<Finding, bool>> observe, CancellationToken cancellationToken)
    {
        var left = options.MaxWarmupEvents;
        if (left <= 0)
        {
            return;
        }

        // Resolved alerts count too: an attack alerted and resolved within the horizon must not alert again.
        var alerted = (await alerts.Store.ListLiveAlertsAsync(DateTimeOffset.MinValue, cancellationToken).ConfigureAwait(false))
            .Select(a => (a.ProjectId, a.RuleId, a.Subject, a.Endpoint)).ToHashSet();
        var projects = await store.Projects.ListProjectsAsync(cancellationToken).ConfigureAwait(false);
        for (var i = 0; i < projects.Count && left > 0; i++)
        {
            var id = projects[i].Id;
            bool Fresh(Finding f) => !alerted.Contains((id, f.RuleId, f.Location ?? "", f.Endpoint));

            // An equal share of what is left, so one busy project cannot leave the others cold; a quiet project's
            // unused share passes on to the projects after it.
            var share = Math.Max(1, left / (projects.Count - i));
            await foreach (var stored in store.Events.ReplayRecentAsync(id, options.WarmupHorizon, share, cancellationToken).ConfigureAwait(false))
            {
                Replayed.Add(stored.Id);
                observe(stored, Fresh);
                left--;
            }
        }
    }
}
