using Microsoft.Extensions.Logging.Abstractions;
using Vigil.Alerting;
using Vigil.Alerting.Grouping;
using Vigil.Alerting.Rules;
using Vigil.Collector;
using Vigil.Collector.Behaviour;
using Vigil.Collector.Settings;
using Vigil.Core.Endpoints;
using Vigil.Core.Findings;
using Vigil.Storage;
using Vigil.Storage.Alerts;
using Vigil.Storage.Sqlite;
using Vigil.TestKit;

namespace Vigil.Collector.Tests.Alerts;

/// <summary>An event stored after start-up but before the warm-up reached its project is both replayed and queued live.</summary>
public sealed class ReplayedLiveEventTests
{
    [Fact]
    public async Task A_replayed_event_coming_off_the_live_queue_still_raises_its_request_rule_alert()
    {
        using var folder = new TempDirectory();
        await using var store = new SqliteVigilStore(folder.File("vigil.db"));
        await store.InitializeAsync();
        var project = await store.Projects.GetOrCreateProjectAsync("shop");
        var attack = Exchanges.Get("/search", route: "/search");
        var sqli = new Finding
        {
            RuleId = "VG1001", Title = "SQL injection attempt", Threat = ThreatLevel.High, Endpoint = "GET /search", Location = "query.q", Timestamp = attack.Timestamp,
        };
        var write = new EventWrite(new StoredEvent(project.Id, attack, new EndpointKey("GET", "/search"), ThreatLevel.High) { Findings = [sqli] }, [sqli]);
        await store.Events.AppendAsync([write]);

        var options = new CollectorOptions();
        var rules = new ProjectAlertRules();
        var alertStore = ((IAlertStoreProvider)store).Alerts;
        var alerts = new AlertService(new AlertGrouper(options.Alerting, TimeProvider.System, rules), alertStore, NoNotifier.Instance, TimeProvider.System, options.Alerting);
        var pipeline = new BehaviourPipeline(options, alerts, new ProjectSettingsRegistry(store, options, rules), store, NullLogger<BehaviourPipeline>.Instance);

        // Queued before the pipeline starts, so the replay that runs first sees the same event in storage.
        pipeline.Post([write], [true], 0);
        await pipeline.StartAsync(CancellationToken.None);
        try
        {
            IReadOnlyList<AlertRecord> live = [];
            for (var i = 0; i < 400 && !live.Any(a => a.RuleId == "VG1001"); i++)
            {
                await Task.Delay(50);
                live = await alertStore.ListLiveAlertsAsync(DateTimeOffset.MinValue);
            }

            Assert.Equal(1, pipeline.Replayed);
            Assert.Contains(live, a => a.RuleId == "VG1001");
        }
        finally
        {
            await pipeline.StopAsync(CancellationToken.None);
        }
    }
}
