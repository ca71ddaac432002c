using Vigil.Core.Findings;
using Vigil.Storage.Alerts;

namespace Vigil.Storage.Sqlite.Tests;

public sealed class SqliteAlertStoreTests : IAsyncLifetime
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 21, 10, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "vigil-tests", Guid.NewGuid().ToString("N"));
    private SqliteVigilStore _store = null!;
    private Guid _project;

    public async Task InitializeAsync()
    {
        _store = new SqliteVigilStore(Path.Combine(_folder, "vigil.db"));
        await _store.InitializeAsync();
        _project = (await _store.Projects.GetOrCreateProjectAsync("shop")).Id;
    }

    public async Task DisposeAsync()
    {
        await _store.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private AlertRecord Alert(string subject, AlertStatus status = AlertStatus.Open, DateTimeOffset? resolvedAt = null) => new()
    {
        Id = Guid.NewGuid(), ProjectId = _project, GroupKey = $"VG2001|{subject}|GET /orders/{{id}}", RuleId = "VG2001", Title = "Object id enumeration (BOLA)",
        Threat = ThreatLevel.High, Subject = subject, Endpoint = "GET /orders/{id}", AlertRule = "behaviour", Status = status,
        FirstSeen = T0, LastSeen = T0.AddMinutes(3), Findings = 7, Message = "walk", FirstEventId = Guid.NewGuid(), ResolvedAt = resolvedAt,
    };

    [Fact]
    public async Task Alerts_round_trip_and_replace_by_id()
    {
        var alert = Alert("ip:1.1.1.1");
        await _store.Alerts.SaveAlertAsync(alert);
        var acked = alert with { Status = AlertStatus.Acknowledged, AcknowledgedAt = T0.AddMinutes(5), Findings = 9 };
        await _store.Alerts.SaveAlertAsync(acked);

        Assert.Equal(acked, await _store.Alerts.GetAlertAsync(_project, alert.Id));
        Assert.Null(await _store.Alerts.GetAlertAsync(Guid.NewGuid(), alert.Id));
        Assert.Single(await _store.Alerts.QueryAlertsAsync(new AlertQuery(_project, AlertStatus.Acknowledged)));
        Assert.Empty(await _store.Alerts.QueryAlertsAsync(new AlertQuery(_project, AlertStatus.Open)));
    }

    [Fact]
    public async Task Live_alerts_are_unresolved_or_resolved_recently()
    {
        await _store.Alerts.SaveAlertAsync(Alert("a"));
        await _store.Alerts.SaveAlertAsync(Alert("b", AlertStatus.Resolved, T0.AddHours(1)));
        await _store.Alerts.SaveAlertAsync(Alert("c", AlertStatus.Resolved, T0.AddHours(-5)));

        var live = await _store.Alerts.ListLiveAlertsAsync(T0);

        Assert.Equal(["a", "b"], live.Select(a => a.Subject).Order());
    }

    [Fact]
    public async Task Deliveries_and_channels_are_kept_per_project()
    {
        var alert = Alert("a");
        await _store.Alerts.AddDeliveryAsync(new DeliveryRecord(Guid.NewGuid(), _project, alert.Id, "hook", 3, true, 200, null, T0));
        await _store.Alerts.SaveChannelAsync(new ChannelConfig { ProjectId = _project, Name = "hook", Kind = ChannelKind.Webhook, Target = "https://x.test/h", Secret = "s" });
        await _store.Alerts.SaveChannelAsync(new ChannelConfig { ProjectId = _project, Name = "hook", Kind = ChannelKind.Slack, Target = "https://x.test/s" });

        var delivery = Assert.Single(await _store.Alerts.ListDeliveriesAsync(_project, alert.Id));
        Assert.Equal((3, true, 200), (delivery.Attempts, delivery.Delivered, delivery.HttpStatus));
        var channel = Assert.Single(await _store.Alerts.ListChannelsAsync(_project));
        Assert.Equal((ChannelKind.Slack, (string?)null), (channel.Kind, channel.Secret));
        Assert.Empty(await _store.Alerts.ListChannelsAsync(Guid.NewGuid()));
        Assert.True(await _store.Alerts.DeleteChannelAsync(_project, "hook"));
        Assert.False(await _store.Alerts.DeleteChannelAsync(_project, "hook"));
    }
}
